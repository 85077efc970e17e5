import { BAPPEDA, BKPSDM, BPKPD, INSPEKTORAT, SETDA, SETWAN } from './agencies.data';
import type { AgencySpec } from './demo-spec.types';
import {
  DISKOP,
  DISNAKER,
  DISPAR,
  DISPERINDAG,
  DISPORA,
  DISPUSIP,
  DISTAN,
  DKP,
  DP3A,
  DPMPTSP,
} from './dinas-economy.data';
import {
  DIKBUD,
  DINSOS,
  DISHUB,
  DLH,
  DPUPR,
  DUKCAPIL,
  KOMINFO,
  PERKIM,
} from './dinas-services.data';
import { DINKES, RSUD } from './health.data';
import { TERRITORIAL_AGENCIES } from './kecamatan.data';
import { BPBD, DAMKAR, KESBANGPOL, SATPOLPP } from './public-order.data';

/**
 * Every agency of the demo city, in display order. The Sekretariat Daerah comes first:
 * its head tops the position tree (see buildStructure).
 */
export const AGENCY_SPECS: readonly AgencySpec[] = [
  SETDA,
  SETWAN,
  INSPEKTORAT,
  BAPPEDA,
  BKPSDM,
  BPKPD,
  DIKBUD,
  DINKES,
  RSUD,
  DPUPR,
  PERKIM,
  DINSOS,
  DUKCAPIL,
  KOMINFO,
  DISHUB,
  DLH,
  DISPAR,
  DISTAN,
  DKP,
  DPMPTSP,
  DISKOP,
  DISPERINDAG,
  DP3A,
  DISPORA,
  DISPUSIP,
  DISNAKER,
  SATPOLPP,
  DAMKAR,
  BPBD,
  KESBANGPOL,
  ...TERRITORIAL_AGENCIES,
];
