/**
 * What a hostile feed puts in its text fields. Each payload, if it were ever
 * interpreted as markup or followed as a link, would set window.__pwned, open
 * a dialog, or add an element the e2e tests count. Kept free of real hosts.
 */
export const XSS_PAYLOADS: readonly string[] = [
  '<script>window.__pwned=1</script>',
  '"><script>window.__pwned=2</script>',
  "'><img src=x onerror=\"window.__pwned=3\">",
  '<img src="x" onerror="alert(4)">',
  '<svg onload="window.__pwned=5"><circle r="1"/></svg>',
  '<svg><script>window.__pwned=6</script></svg>',
  '<math><mtext><table><mglyph><style><img src=x onerror=window.__pwned=7>',
  '<iframe src="javascript:window.parent.__pwned=8"></iframe>',
  '<iframe srcdoc="<script>parent.__pwned=9</script>"></iframe>',
  '</title><script>window.__pwned=10</script>',
  '</textarea></style></noscript><script>window.__pwned=11</script>',
  'javascript:window.__pwned=12',
  'JaVaScRiPt:alert(13)',
  ' javascript:alert(14)',
  'java\tscript:alert(15)',
  'data:text/html;base64,PHNjcmlwdD53aW5kb3cuX19wd25lZD0xNjwvc2NyaXB0Pg==',
  'vbscript:msgbox(17)',
  '<a href="javascript:window.__pwned=18">click</a>',
  '<div style="background:url(javascript:window.__pwned=19)">x</div>',
  '<div style="width: expression(window.__pwned=20)">x</div>',
  '<style>@import "https://evil.example.net/x.css";</style>',
  '<object data="data:text/html,<script>parent.__pwned=22</script>"></object>',
  '<embed src="javascript:window.__pwned=23">',
  '<form action="javascript:window.__pwned=24"><button>go</button></form>',
  '<details open ontoggle="window.__pwned=25">',
  '<body onload="window.__pwned=26">',
  '<base href="javascript:/">',
  '<meta http-equiv="refresh" content="0;url=javascript:window.__pwned=28">',
  '&lt;script&gt;window.__pwned=29&lt;/script&gt;',
  '&#60;img src=x onerror=window.__pwned=30&#62;',
  '{{constructor.constructor("window.__pwned=31")()}}',
  '${window.__pwned=32}',
  '\u202Egnp.exe\u202C evil \u2066isolated\u2069 \u200F',
  '\u0000nul\u0001ctrl\u001Fend\uFFFDrepl',
  'https://evil.example.net/"onmouseover="window.__pwned=35',
  'mailto:x@example.org?body=<script>window.__pwned=36</script>',
  'https://user:pass@evil.example.net/',
  `very long ${'<b>'.repeat(2_000)}${'A'.repeat(60_000)}`,
  '<!--<script>window.__pwned=39</script>-->',
  '<![CDATA[<script>window.__pwned=40</script>]]>',
];

/** URLs a hostile feed offers as room and session links; none may ever become clickable. */
export const HOSTILE_URLS: readonly string[] = [
  'javascript:window.__pwned=101',
  'JAVASCRIPT:alert(102)',
  ' javascript:alert(103)',
  'data:text/html,<script>window.__pwned=104</script>',
  'vbscript:alert(105)',
  'file:///etc/passwd',
  'https://user:pass@evil.example.net/rooms/abc-def-ghi-jkl/join',
  'http://evil.example.net/rooms/abc-def-ghi-jkl/join',
  'https://evil.example.net/bigbluebutton/api/join?meetingID=x&checksum=abc',
  '//evil.example.net/x',
];

/** Elements a payload above would add if feed text were ever treated as HTML. */
export const FOREIGN_ELEMENTS = ['script', 'iframe', 'img', 'svg', 'math', 'object', 'embed', 'form', 'details', 'style', 'meta', 'base'] as const;
