/**
 * The language of everything main shows itself: the menu, the tray, window
 * titles, dialogs, notices and the room pages' texts. Same catalogues and
 * translator as the renderer (core/i18n); main follows the language setting
 * (follow-language-setting.ts) and tells whoever shows text to show it anew.
 */
import type { i18n } from 'i18next';
import type { Unsubscribe } from '../../core/api';
import { createTranslator } from '../../core/i18n/create-translator';
import { SOURCE_LANGUAGE, languageOf } from '../../core/i18n/languages';
import type { TextDirection } from '../../core/i18n/languages';
import type en from '../../core/i18n/locales/en.json';

/** A key of the catalogues: a misspelt key is a compile error, not English on screen. */
export type MessageKey = keyof typeof en;
export type MessageValues = Record<string, string | number>;
export type Translate = (key: MessageKey, values?: MessageValues) => string;

export class MainLanguage {
  private translator: i18n;
  private readonly listeners = new Set<() => void>();

  constructor(private current: string = SOURCE_LANGUAGE) {
    this.translator = createTranslator(current);
  }

  /** The language's code, for a page's `lang`. */
  get code(): string {
    return this.current;
  }

  get dir(): TextDirection {
    return languageOf(this.current).dir;
  }

  readonly t: Translate = (key, values) => this.translator.t(key, values);

  /** Switches to a language (a code pickLanguage gave); whoever listens retranslates. */
  use(code: string): void {
    if (code === this.current) return;
    this.current = code;
    this.translator = createTranslator(code);
    for (const listener of [...this.listeners]) listener();
  }

  /** Called after each switch to another language. */
  onChange(listener: () => void): Unsubscribe {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}

/** The one language of the main process; tests switch it with use() and switch it back. */
export const mainLanguage = new MainLanguage();
