import { createContext, useContext, type ReactNode } from 'react';
import { de } from './de';
import { en, type Strings } from './en';

export type { Strings } from './en';
export type Locale = 'en' | 'de';

const tables: Readonly<Record<Locale, Strings>> = { en, de };

/** `de-DE`, `de-AT`, `de` → German; anything else → English. */
export function localeFor(displayLanguage: string | undefined): Locale {
  return /^de\b/i.test(displayLanguage ?? '') ? 'de' : 'en';
}

export function stringsFor(locale: Locale): Strings {
  return tables[locale];
}

const StringsContext = createContext<Strings>(en);

export type StringsProviderProps = {
  /** The pane's language, from `Office.context.displayLanguage`. @default 'en' */
  locale?: Locale;
  children: ReactNode;
};

export function StringsProvider({ locale = 'en', children }: StringsProviderProps) {
  return <StringsContext.Provider value={tables[locale]}>{children}</StringsContext.Provider>;
}

/** The string table of the pane's language. */
export function useStrings(): Strings {
  return useContext(StringsContext);
}
