/**
 * The IANA zone a TZID names: an IANA name (deprecated aliases too, Intl
 * knows them), or a Windows zone name as Outlook and Exchange write them
 * ("W. Europe Standard Time"), mapped with CLDR's windowsZones table to the
 * zone CLDR gives for the whole world (territory 001). '' when neither.
 */
import { findIana } from 'windows-iana';
import { isKnownTimeZone } from '../settings';

export function ianaZoneOf(tzid: string): string {
  if (isKnownTimeZone(tzid)) return tzid;
  const mapped = findIana(tzid.trim())[0];
  return mapped && isKnownTimeZone(mapped) ? mapped : '';
}
