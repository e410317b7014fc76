/**
 * Intl.DateTimeFormat instances are slow to build (tens of microseconds) and a
 * programme asks for the same few thousands of times: one per locale, zone and
 * options. Bounded, so a hostile feed naming thousands of zones costs memory
 * only up to the cap.
 */
const MAX_FORMATTERS = 500;
const formatters = new Map<string, Intl.DateTimeFormat>();

export function cachedDateTimeFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, options);
    if (formatters.size >= MAX_FORMATTERS) formatters.clear();
    formatters.set(key, formatter);
  }
  return formatter;
}

/** How many formatters are kept now (for the bound's test). */
export const cachedFormatterCount = (): number => formatters.size;
