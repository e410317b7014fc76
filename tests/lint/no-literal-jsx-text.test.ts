/**
 * The lint rule behind issue 18: literal words in the renderer's JSX (text, or
 * aria-label, title, placeholder, alt) are errors; text through t() and
 * punctuation alone are not. Lints snippets as if they were renderer files, with
 * the project's own config.
 */
import { describe, expect, it } from 'vitest';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';

// The project's config, less the rules that need the TypeScript program (slow to build, and the probe is in no tsconfig).
const eslint = new ESLint({ cwd: process.cwd(), overrideConfig: [{ files: ['**/*.tsx'], ...tseslint.configs.disableTypeChecked }] });

/** A file name under renderer/, where the rule applies; the file itself need not exist. */
const STAND_IN = 'renderer/components/LintProbe.tsx';

async function literalStringErrors(code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: STAND_IN });
  const messages = result?.messages ?? [];
  // A parse failure would hide the rule: it must not pass as "no error".
  expect(messages.filter((message) => message.fatal)).toEqual([]);
  return messages.filter((message) => message.ruleId === 'i18next/no-literal-string').map((message) => message.message);
}

const wrap = (jsx: string): string =>
  `import { useTranslation } from 'react-i18next';\nexport function Probe() {\n  const { t } = useTranslation();\n  return ${jsx};\n}\n`;

describe('no literal user-visible strings in renderer JSX', () => {
  it.each([
    ['text', '<p>Join room</p>'],
    // Each probe holds one literal and nothing else that the rule could report.
    ['an aria-label', '<button aria-label="Close">×</button>'],
    ['a title', '<abbr title="Central European Time">…</abbr>'],
    ['a placeholder', '<input placeholder="Search the programme" />'],
    ['alt text', '<img alt="Conference logo" src="logo.svg" />'],
    ['a string in an expression', "<p>{' and more'}</p>"],
  ])('refuses %s', async (_what, jsx) => {
    expect(await literalStringErrors(wrap(jsx))).not.toEqual([]);
  }, 30_000);

  it('lets translated text, punctuation and class names through', async () => {
    const jsx = "<p className=\"session-meta\">{t('room.live')} · {t('room.join')} – … × ({t('nav.count', { count: 2 })})</p>";
    expect(await literalStringErrors(wrap(jsx))).toEqual([]);
  }, 30_000);
});
