import { describe, expect, it } from 'vitest';
import { feedFailure } from './feed-failure';

const HEAD = `<?xml version="1.0"?>
<schedule>
  <conference><title>Cut short</title></conference>
  <!-- a <comment> with tags in it -->
  <day date="2024-02-05">
    <room name="A &gt; B">
      <event id="1"><title>Whole</title><abstract><![CDATA[<b>not a tag</b>]]></abstract></event>
      <event id="2">
        <title>Cut`;

describe('XML that ends too early', () => {
  it('names the elements left open, innermost first, with their lines', () => {
    const error = feedFailure(HEAD);
    expect(error.message).toMatch(
      /^the file ends inside <title> \(line 9\), inside <event> \(line 8\), inside <room> \(line 6\), inside <day> \(line 5\) and 1 more/,
    );
    expect(error.at).toBe('line 9');
  });

  it('names a start tag cut in the middle', () => {
    const error = feedFailure('<schedule>\n  <conference><title>x</title></conference>\n  <day date="2024-02-05"\n');
    expect(error.message).toMatch(/^the file ends inside the start tag <day> \(line 3\), inside <schedule> \(line 1\)/);
    expect(error.at).toBe('line 4');
  });

  it('keeps the parser’s own message for XML that is wrong, not short', () => {
    const error = feedFailure('<schedule>\n  <conference>\n    <title>x</titel>\n  </conference>\n</schedule>\n');
    expect(error.message).toMatch(/^not well-formed XML/);
    expect(error.at).toBe('line 3');
  });
});
