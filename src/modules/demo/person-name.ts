import type { TitleField } from './demo-spec.types';
import {
  BUGIS_GIVEN,
  BUTON_SHORT,
  JAWA_GIVEN,
  KRISTEN_FAMILY,
  KRISTEN_GIVEN,
  MUSLIM_GIVEN,
  MUSLIM_SECOND,
  NAME_GROUP_WEIGHTS,
} from './names.data';
import type { SeededRandom } from './seeded-random';
import type { Education } from './titles.data';
import {
  BACHELOR,
  DIPLOMA,
  MASTER,
  OLD_FRONT_TITLE,
  OLD_FRONT_TITLE_BEFORE,
  SPECIALTIES,
} from './titles.data';

type Gender = 'L' | 'P';

/** A synthetic full name (without titles) in the mix of names found in Baubau. */
export function pickPersonName(rng: SeededRandom, gender: Gender): string {
  const group = rng.pickWeighted(NAME_GROUP_WEIGHTS);
  const muslim = () =>
    rng.chance(0.55)
      ? `${rng.pick(MUSLIM_GIVEN[gender])} ${rng.pick(MUSLIM_SECOND[gender])}`
      : rng.pick(MUSLIM_GIVEN[gender]);
  switch (group) {
    case 'buton': {
      const prefix = gender === 'L' ? 'La' : 'Wa';
      // La Ode / Wa Ode mark the Butonese nobility and take a full Muslim name.
      if (rng.chance(0.4)) return `${prefix} Ode ${muslim()}`;
      const short = rng.pick(BUTON_SHORT[gender]);
      return rng.chance(0.5)
        ? `${prefix} ${short}`
        : `${prefix} ${short} ${rng.pick(MUSLIM_SECOND[gender])}`;
    }
    case 'bugis':
      return rng.chance(0.35)
        ? `Andi ${rng.pick(BUGIS_GIVEN[gender])}`
        : rng.pick(BUGIS_GIVEN[gender]);
    case 'jawa':
      return rng.pick(JAWA_GIVEN[gender]);
    case 'kristen':
      return `${rng.pick(KRISTEN_GIVEN[gender])} ${rng.pick(KRISTEN_FAMILY)}`;
    default:
      return muslim();
  }
}

export type TitleInput = {
  field: TitleField;
  education: Education;
  gender: Gender;
  birthYear: number;
  /** Professional titles: dr. for doctors, Ns. for nurses with a degree, apt. for pharmacists. */
  profession?: 'dokter' | 'spesialis' | 'perawat' | 'apoteker';
};

export type Titles = { frontTitle: string | null; backTitle: string | null };

const joinOrNull = (parts: string[], separator: string) =>
  parts.length > 0 ? parts.join(separator) : null;

/** Front and back titles consistent with education, field, profession and age. */
export function pickTitles(rng: SeededRandom, input: TitleInput): Titles {
  const { field, education, gender, birthYear, profession } = input;
  const front: string[] = [];
  const back: string[] = [];

  if (education === 'S3') front.push('Dr.');
  // The hajj title is common among older civil servants in Buton.
  if (birthYear < 1980 && rng.chance(0.12)) front.push(gender === 'L' ? 'H.' : 'Hj.');

  if (profession === 'dokter' || profession === 'spesialis') {
    front.push('dr.');
    if (profession === 'spesialis') back.push(rng.pick(SPECIALTIES));
    else if (education === 'S2') back.push('M.Kes.');
    return { frontTitle: joinOrNull(front, ' '), backTitle: joinOrNull(back, ', ') };
  }

  if (education === 'D3') {
    back.push(rng.pick(DIPLOMA[field]));
  } else if (education !== 'SMA') {
    if (profession === 'perawat') front.push('Ns.');
    if (profession === 'apoteker') front.push('apt.');
    const old = OLD_FRONT_TITLE[field];
    if (old && birthYear < OLD_FRONT_TITLE_BEFORE && rng.chance(0.7)) front.push(old[gender]);
    else back.push(rng.pick(BACHELOR[field]));
    if (education === 'S2' || education === 'S3') back.push(rng.pick(MASTER[field]));
  }
  return { frontTitle: joinOrNull(front, ' '), backTitle: joinOrNull(back, ', ') };
}
