import type { Db } from '../../db/client';
import type { Actor } from '../auth/actor';
import { createActivity } from '../performance/activities.service';
import type { DemoCity } from './demo-city.types';

/** The job-analysis catalogue of the demo city, through the catalogue service. */
export async function seedDemoActivities(db: Db, actor: Actor, city: DemoCity, now: Date) {
  for (const a of city.activities) {
    await createActivity(
      db,
      actor,
      {
        code: a.code,
        name: a.name,
        unit: a.unit,
        minutes: a.minutes,
        positionType: a.positionType,
        positionNamePrefix: a.positionNamePrefix ?? null,
      },
      now,
    );
  }
}
