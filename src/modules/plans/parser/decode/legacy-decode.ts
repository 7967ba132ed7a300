/**
 * The legacy Vietnamese decoder moved to the platform (the feed fetcher needs it too); the plans parser keeps
 * importing it from here.
 */
export {
  type LegacyEncoding,
  bytesToByteString,
  textToByteString,
  decodeLegacy,
  detectLegacy,
  repairLegacyText,
} from '../../../../platform/text';
