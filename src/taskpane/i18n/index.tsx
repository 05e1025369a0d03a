import { createContext, useContext, type ReactNode } from 'react';
import { en, type Strings } from './en';

export type { Strings } from './en';
export type Locale = 'en' | 'de';

/** English ships in the first chunk; other languages load before the first render of a pane that needs them. */
const tables: Partial<Record<Locale, Strings>> = { en };

/** Loads the string table of a locale (German is its own chunk); resolves to English if it cannot load. */
export async function loadStrings(locale: Locale): Promise<Strings> {
  if (locale === 'de' && tables.de === undefined) {
    try {
      tables.de = (await import(/* webpackChunkName: "strings-de" */ './de')).de;
    } catch {
      // A failed chunk load leaves the pane in English rather than blank.
    }
  }
  return stringsFor(locale);
}

/** `de-DE`, `de-AT`, `de` → German; anything else → English. */
export function localeFor(displayLanguage: string | undefined): Locale {
  return /^de\b/i.test(displayLanguage ?? '') ? 'de' : 'en';
}

/** The locale's table if loaded (`loadStrings`), else English. */
export function stringsFor(locale: Locale): Strings {
  return tables[locale] ?? en;
}

const StringsContext = createContext<Strings>(en);

export type StringsProviderProps = {
  /** The pane's language, from `Office.context.displayLanguage`. @default 'en' */
  locale?: Locale;
  children: ReactNode;
};

export function StringsProvider({ locale = 'en', children }: StringsProviderProps) {
  return <StringsContext.Provider value={stringsFor(locale)}>{children}</StringsContext.Provider>;
}

/** The string table of the pane's language. */
export function useStrings(): Strings {
  return useContext(StringsContext);
}
