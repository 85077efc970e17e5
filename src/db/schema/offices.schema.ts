import { doublePrecision, index, jsonb, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { agencies } from './org.schema';

/**
 * An office with its geofence: a circle (lat, lon, radiusM) or a polygon ([lon, lat] ring).
 * Coordinates are doubles: they are positions, not amounts.
 */
export const offices = pgTable(
  'offices',
  {
    id: uuid().primaryKey().defaultRandom(),
    code: text().notNull().unique(),
    agencyId: uuid().references(() => agencies.id),
    name: text().notNull(),
    timezone: text().notNull(),
    lat: doublePrecision().notNull(),
    lon: doublePrecision().notNull(),
    radiusM: doublePrecision(),
    polygon: jsonb().$type<Array<[number, number]>>(),
  },
  (t) => [index('offices_agency').on(t.agencyId)],
);
