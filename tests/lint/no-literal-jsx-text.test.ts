/**
 * The lint rule behind issue 18: literal words in the renderer's JSX (text, or
 * aria-label, title, placeholder, alt) are errors; text through t() and
 * punctuation alone are not.
 *
 * The snippets go through ESLint's Linter with the TypeScript parser alone and
 * the rule with the project's own options. Not the ESLint class with the whole
 * config: in a full Vitest run its type-aware parser setup sometimes crashed
 * inside the rule (TypeScript's normalizeSlashes on an undefined file name), so
 * the probe saw no report. The rule needs no type information to find literals;
 * a separate check proves the project's config applies it to renderer files.
 */
import { join } from 'node:path';
import { ESLint, Linter } from 'eslint';
import i18next from 'eslint-plugin-i18next';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';
import { noLiteralJsxText } from '../../eslint.config';

const root = join(import.meta.dirname, '..', '..');
const linter = new Linter({ cwd: root });
const RULE = 'i18next/no-literal-string';
const ruleOnly: Linter.Config[] = [
  {
    files: ['**/*.tsx'],
    languageOptions: { parser: tseslint.parser, parserOptions: { ecmaFeatures: { jsx: true } } },
    plugins: { i18next },
    rules: { [RULE]: ['error', noLiteralJsxText] },
  },
];

/** A file name under renderer/, where the rule applies; the file itself need not exist. */
const STAND_IN = 'renderer/components/LintProbe.tsx';

function literalStringErrors(code: string): string[] {
  const messages = linter.verify(code, ruleOnly, { filename: join(root, STAND_IN) });
  // A parse failure or a crash inside the rule would hide it: neither may pass as "no error".
  expect(messages.filter((message) => message.fatal)).toEqual([]);
  return messages.filter((message) => message.ruleId === RULE).map((message) => message.message);
}

const wrap = (jsx: string): string =>
  `import { useTranslation } from 'react-i18next';\nexport function Probe() {\n  const { t } = useTranslation();\n  return ${jsx};\n}\n`;

describe('no literal user-visible strings in renderer JSX', () => {
  it.each([
    ['text', '<p>Join room</p>'],
    ['an aria-label', '<button aria-label="Close">×</button>'],
    ['a title', '<abbr title="Central European Time">…</abbr>'],
    ['a placeholder', '<input placeholder="Search the programme" />'],
    ['alt text', '<img alt="Conference logo" src="logo.svg" />'],
    ['a string in an expression', "<p>{' and more'}</p>"],
    // Literals beside translated text: the usual way an untranslated word slips in.
    ['text after a translated call', "<p>{t('room.live')} starts now</p>"],
    ['text before a translated call', "<p>Room: {t('room.live')}</p>"],
    ['an aria-label on an element whose text is translated', "<button aria-label=\"Close\">{t('notices.dismiss')}</button>"],
  ])('refuses %s', (_what, jsx) => {
    expect(literalStringErrors(wrap(jsx))).not.toEqual([]);
  });

  it('lets translated text, punctuation and class names through', () => {
    const jsx = "<p className=\"session-meta\">{t('room.live')} · {t('room.join')} – … × ({t('nav.count', { count: 2 })})</p>";
    expect(literalStringErrors(wrap(jsx))).toEqual([]);
  });

  it('is switched on, with these options, for every renderer component in the project config', async () => {
    const eslint = new ESLint({ cwd: root });
    for (const file of [STAND_IN, 'renderer/views/AnyView.tsx', 'renderer/App.tsx']) {
      const config = (await eslint.calculateConfigForFile(join(root, file))) as Linter.Config;
      expect(config.rules?.[RULE], file).toEqual([2, noLiteralJsxText]);
    }
  }, 30_000);
});
