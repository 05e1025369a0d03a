/**
 * The simulator reads zones exactly as the tools do: one table and one set of conversions, in the production
 * module. This re-export keeps the simulator's own import path (its unit tests use it).
 */
export {
  convertDateTimeTimeZone,
  instantToLocal,
  localToInstant,
  offsetMinutes,
  toIanaTimeZone,
  toWindowsTimeZone,
  type DateTimeTimeZone,
} from '../../../tools/shared/time-zones';
