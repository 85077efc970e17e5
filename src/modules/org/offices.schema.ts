import { IANAZone } from 'luxon';
import { z } from 'zod';
import { codeSchema, nameSchema, pageQueryShape } from './org.schema';

/** Offices and their geofences: a circle (centre + radiusM) and/or a polygon. */

const lat = z.number().min(-90, 'lintang −90…90').max(90, 'lintang −90…90');
const lon = z.number().min(-180, 'bujur −180…180').max(180, 'bujur −180…180');

/** A closed ring of [lon, lat] pairs (GeoJSON order): first point equals the last. */
const polygon = z
  .array(z.tuple([lon, lat]))
  .min(4, 'poligon minimal 3 titik dan tertutup')
  .max(500)
  .refine((ring) => {
    const [a, b] = [ring[0], ring[ring.length - 1]];
    return a[0] === b[0] && a[1] === b[1];
  }, 'poligon harus tertutup: titik pertama sama dengan titik terakhir');

const fields = {
  code: codeSchema,
  name: nameSchema,
  agencyId: z.guid().nullable().optional(),
  timezone: z
    .string()
    .refine((tz) => IANAZone.isValidZone(tz), 'zona waktu IANA, mis. Asia/Makassar'),
  lat,
  lon,
  radiusM: z.number().positive('harus lebih dari 0').max(50_000).nullable().optional(),
  polygon: polygon.nullable().optional(),
};

export const officeCreateBody = z
  .object(fields)
  .strict()
  .refine((o) => o.radiusM != null || o.polygon != null, {
    message: 'isi radiusM atau polygon',
    path: ['radiusM'],
  });
export const officePatchBody = z.object(fields).partial().strict();
export type OfficeCreate = z.infer<typeof officeCreateBody>;
export type OfficePatch = z.infer<typeof officePatchBody>;

export const officeListQuery = z
  .object({ ...pageQueryShape, agencyId: z.guid().optional() })
  .strict();

export const officeResponse = z.object({
  id: z.string(),
  code: z.string(),
  name: z.string(),
  agencyId: z.string().nullable(),
  timezone: z.string(),
  lat: z.number(),
  lon: z.number(),
  radiusM: z.number().nullable(),
  polygon: z.array(z.tuple([z.number(), z.number()])).nullable(),
});
