/** The same feed text as the bytes different servers and editors write: BOMs, UTF-16, Windows-1252. */

/** German Excel's "CSV (Trennzeichen-getrennt)": semicolons, Windows-1252. */
export const CSV_TEXT = 'Titel;Beginn;Raum\nÄrger über Öl – Straße;05.02.2024 10:00;Saal ä ö ü ß €\n';

const WINDOWS_1252_EXTRAS: Record<string, number> = { '€': 0x80, '–': 0x96 };

export function windows1252(text: string): Uint8Array {
  return Uint8Array.from([...text].map((char) => {
    const code = WINDOWS_1252_EXTRAS[char] ?? char.charCodeAt(0);
    if (code > 0xff) throw new Error(`not in this test encoder: ${char}`);
    return code;
  }));
}

export function utf16(text: string, endian: 'le' | 'be'): Uint8Array {
  const bytes = [endian === 'le' ? 0xff : 0xfe, endian === 'le' ? 0xfe : 0xff];
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    bytes.push(...(endian === 'le' ? [unit & 0xff, unit >> 8] : [unit >> 8, unit & 0xff]));
  }
  return Uint8Array.from(bytes);
}

export const utf8 = (text: string, bom = false): Uint8Array => {
  const body = new TextEncoder().encode(text);
  return bom ? Uint8Array.from([0xef, 0xbb, 0xbf, ...body]) : body;
};

export interface EncodedCase {
  name: string;
  bytes: Uint8Array;
  contentType?: string;
  text: string;
}

const JSON_FEED = '{"talks":[{"code":"A","title":"Grüße aus Graz – ½ €","start":"2024-02-05T10:00:00Z","end":"2024-02-05T11:00:00Z"}]}';

/** Each case: bytes, the label a server might send, and the text every path must read. */
export const ENCODED_CASES: EncodedCase[] = [
  { name: 'Windows-1252 semicolon CSV without a label', bytes: windows1252(CSV_TEXT), text: CSV_TEXT },
  { name: 'Windows-1252 CSV labelled utf-8 (a wrong label)', bytes: windows1252(CSV_TEXT), contentType: 'text/csv; charset=utf-8', text: CSV_TEXT },
  { name: 'ISO-8859-1 labelled as such', bytes: windows1252('Grüße aus Graz'), contentType: 'text/xml; charset="ISO-8859-1"', text: 'Grüße aus Graz' },
  { name: 'UTF-8 with a BOM', bytes: utf8(JSON_FEED, true), text: JSON_FEED },
  { name: 'UTF-8 with an unknown label', bytes: utf8(JSON_FEED), contentType: 'application/json; charset=klingon', text: JSON_FEED },
  { name: 'UTF-8 with a label TextDecoder maps to "replacement"', bytes: utf8(JSON_FEED), contentType: 'application/json; charset=iso-2022-kr', text: JSON_FEED },
  { name: 'UTF-16LE with a BOM', bytes: utf16(JSON_FEED, 'le'), contentType: 'application/json', text: JSON_FEED },
  { name: 'UTF-16BE with a BOM, labelled utf-8', bytes: utf16(JSON_FEED, 'be'), contentType: 'application/json; charset=utf-8', text: JSON_FEED },
];
