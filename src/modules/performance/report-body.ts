import type { Tx } from '../../db/client';
import { fail } from '../../http/errors';
import { activityFits } from './activities.service';
import * as activityStore from './activities.store';
import { invalidField } from './parse-input';
import type { ReportItemInput, ReportItemPatch } from './report.schema';
import type * as store from './report.store';
import {
  findOverlappingItem,
  type ItemBody,
  type ItemState,
  itemMinutes,
} from './rules/report-item.rules';
import { mayWorkPastMidnight } from './work-calendar.store';

/** What an item stores besides its date, output and state. */
export type ItemContent = {
  kind: 'duty' | 'task';
  activityId: string | null;
  quantity: number | null;
  task: string | null;
  startTime: string | null;
  endTime: string | null;
  minutes: number;
};

/** An item longer than a day is a typing error (a quantity of 100 instead of 1). */
const MAX_ITEM_MINUTES = 24 * 60;

/**
 * Turns the input into stored content: a duty from the caller's position catalogue
 * (quantity × standard minutes) or an additional task (end − start). Exactly one of the
 * two; the fields that are missing or wrong are named.
 */
export async function resolveContent(
  tx: Tx,
  employeeId: string,
  input: Omit<ReportItemInput, 'output'>,
  schedule: string,
): Promise<ItemContent> {
  const isDuty =
    input.activityId !== undefined ||
    input.activityCode !== undefined ||
    input.quantity !== undefined;
  const isTask = input.task !== undefined || input.start !== undefined || input.end !== undefined;
  if (isDuty && isTask) {
    throw invalidField('task', 'isi kegiatan katalog atau tugas tambahan, tidak keduanya');
  }
  if (!isDuty && !isTask) {
    throw invalidField('activityId', 'pilih kegiatan dari katalog atau isi tugas tambahan');
  }
  if (isTask) {
    const overnight =
      input.start !== undefined &&
      input.end !== undefined &&
      input.end < input.start &&
      (await mayWorkPastMidnight(tx, { id: employeeId, schedule }, input.date));
    return taskContent(input, overnight);
  }
  const field = input.activityId !== undefined ? 'activityId' : 'activityCode';
  const activity =
    input.activityId !== undefined
      ? await activityStore.findActivity(tx, input.activityId)
      : input.activityCode !== undefined
        ? await activityStore.findActivityByCode(tx, input.activityCode)
        : undefined;
  if (!activity) throw invalidField(field, 'kegiatan tidak ditemukan');
  const position = await activityStore.findEmployeePosition(tx, employeeId);
  if (!activityFits(activity, position)) {
    throw invalidField(field, 'kegiatan tidak ada dalam katalog jabatan Anda');
  }
  if (input.quantity === undefined) throw invalidField('quantity', 'wajib diisi');
  const body: ItemBody = {
    type: 'duty',
    quantity: input.quantity,
    standardMinutes: activity.minutes,
  };
  return {
    kind: 'duty',
    activityId: activity.id,
    quantity: input.quantity,
    task: null,
    startTime: null,
    endTime: null,
    minutes: checkedMinutes(body, 'quantity'),
  };
}

/** `overnight`: the employee may end a task after midnight (a shift worker's night). */
function taskContent(input: Omit<ReportItemInput, 'output'>, overnight: boolean): ItemContent {
  if (!input.task) throw invalidField('task', 'wajib diisi');
  if (!input.start) throw invalidField('start', 'wajib diisi');
  if (!input.end) throw invalidField('end', 'wajib diisi');
  if (input.start === input.end) throw invalidField('end', 'jam selesai harus setelah jam mulai');
  // An end before the start is a task that ran past midnight: only a shift worker's night
  // shift does; for anyone else it is a typing error (11:00–10:00 is not 23 hours).
  if (input.end < input.start && !overnight) {
    throw invalidField(
      'end',
      'jam selesai harus setelah jam mulai (melewati tengah malam hanya untuk pegawai shift)',
    );
  }
  const body: ItemBody = { type: 'task', start: input.start, end: input.end };
  return {
    kind: 'task',
    activityId: null,
    quantity: null,
    task: input.task,
    startTime: input.start,
    endTime: input.end,
    minutes: checkedMinutes(body, 'end'),
  };
}

function checkedMinutes(body: ItemBody, field: string): number {
  const minutes = itemMinutes(body);
  if (minutes > MAX_ITEM_MINUTES) throw invalidField(field, 'satu kegiatan paling lama 24 jam');
  return minutes;
}

/**
 * Refuses a task whose time overlaps another of the same day (touching ends are fine;
 * rejected items free their time; the item's own earlier version is ignored).
 */
export function assertNoOverlap(
  candidate: { id?: string; date: string; content: ItemContent },
  existing: readonly store.ItemRow[],
): void {
  const { content } = candidate;
  if (content.kind !== 'task' || !content.startTime || !content.endTime) return;
  const clash = findOverlappingItem(
    { id: candidate.id, date: candidate.date, start: content.startTime, end: content.endTime },
    existing.flatMap((i) =>
      i.startTime && i.endTime
        ? [
            {
              id: i.id,
              date: i.date,
              start: i.startTime,
              end: i.endTime,
              state: i.status as ItemState,
            },
          ]
        : [],
    ),
  );
  if (clash) {
    const detail = `Bertumpang tindih dengan kegiatan ${clash.start}–${clash.end} pada ${clash.date}`;
    throw fail('overlapping_item', { itemId: clash.id, detail }, detail);
  }
}

/**
 * A correction over a stored item: fields left out keep their value. Naming an activity
 * (or a quantity) on a task, or a task time on a duty, switches the item's kind.
 */
export function mergePatch(item: store.ItemRow, patch: ReportItemPatch): ReportItemInput {
  const patchDuty =
    patch.activityId !== undefined ||
    patch.activityCode !== undefined ||
    patch.quantity !== undefined;
  const patchTask =
    patch.task !== undefined || patch.start !== undefined || patch.end !== undefined;
  const common = { date: patch.date ?? item.date, output: patch.output ?? item.output };
  const asDuty = item.kind === 'duty' ? !patchTask || patchDuty : patchDuty && !patchTask;
  if (asDuty) {
    const byCode = patch.activityCode !== undefined && patch.activityId === undefined;
    return {
      ...common,
      ...(byCode
        ? { activityCode: patch.activityCode }
        : { activityId: patch.activityId ?? item.activityId ?? undefined }),
      quantity: patch.quantity ?? item.quantity ?? undefined,
      ...(patchTask ? { task: patch.task, start: patch.start, end: patch.end } : {}),
    };
  }
  return {
    ...common,
    task: patch.task ?? item.task ?? undefined,
    start: patch.start ?? item.startTime ?? undefined,
    end: patch.end ?? item.endTime ?? undefined,
    ...(patchDuty
      ? { activityId: patch.activityId, activityCode: patch.activityCode, quantity: patch.quantity }
      : {}),
  };
}
