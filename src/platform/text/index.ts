/**
 * Vietnamese text toolkit: normalisation, search keys, tone-insensitive comparison,
 * tokenising and Vietnam-time calendar dates. Import from 'src/platform/text' only.
 */
export { nfc, cleanText, storableText, fold, slugify, escapeLike } from './normalize';
export { toneKey, sameText } from './tone-key';
export { tokenize } from './tokenize';
export { type IsoDate, isIsoDate, todayVn, addDays, compareIso } from './iso-date';
export { isPhoneNumber, phoneDigits, phoneProblem } from './phone';
export { type DateStyleVi, formatDateVi, formatPlaceDateLine, formatDateTimeVi } from './date-format';
export { type FoundDateVi, parseDateVi, findDatesVi } from './date-parse';
export {
  type LegacyEncoding,
  bytesToByteString,
  textToByteString,
  decodeLegacy,
  detectLegacy,
  repairLegacyText,
} from './legacy-decode';
