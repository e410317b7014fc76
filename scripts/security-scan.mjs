#!/usr/bin/env node
/**
 * Electronegativity over our Electron code: main/, preload/ and renderer/, scanned
 * together (its global checks, such as "is navigation limited anywhere", need the
 * whole app in one run). Prints a summary and exits non-zero on any finding of
 * MEDIUM severity or higher that the allowlist below does not explain.
 *
 *   node scripts/security-scan.mjs            # the scan, as `npm test` runs it
 *   node scripts/security-scan.mjs --all      # also list LOW/INFORMATIONAL findings
 *
 * Every allowlist entry names the check, the file and a piece of the flagged code,
 * so a new occurrence anywhere else fails the scan, and says why the finding is
 * safe here and which test proves it. Electronegativity's "review this API" checks
 * (openExternal, preload, protocol handlers) flag every use, however guarded.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const SCANNED = ['main', 'preload', 'renderer'];
const FAIL_AT = 2; // electronegativity's severity values: 0 informational, 1 low, 2 medium, 3 high

/** @type {{ check: string; file: string; sample: string; reason: string }[]} */
const ALLOWLIST = [
  {
    check: 'PROTOCOL_HANDLER_JS_CHECK',
    file: 'main/deep-links.ts',
    sample: 'setAsDefaultProtocolClient(DEEP_LINK_SCHEME',
    reason:
      'Registers go-local-companion:// for deep links. An incoming link is untrusted: core/deep-link.ts accepts exactly ' +
      'go-local-companion://session/<id> and turns it into a session id, nothing else (tests/main/deep-links.test.ts, tests/core/deep-link.test.ts).',
  },
  {
    check: 'OPEN_EXTERNAL_JS_CHECK',
    file: 'main/security/open-external.ts',
    sample: 'shell.openExternal(verdict.url)',
    reason:
      'The one shell.openExternal in the app, reached only after checkExternalLink: new URL() parsing, http(s) and mailto only, no credentials ' +
      '(tests/main/security/open-external.test.ts, tests/core/hostile/hostile-content.test.ts).',
  },
  {
    check: 'OPEN_EXTERNAL_JS_CHECK',
    file: 'main/rooms/room-navigation.ts',
    sample: 'actions.openExternal(',
    reason:
      'Not shell.openExternal: a callback that room-window.ts wires to openExternalSafely (the vetted path above), for links a room page opens ' +
      '(tests/main/rooms/room-window.test.ts).',
  },
  {
    check: 'AUXCLICK_JS_CHECK',
    file: 'main/windows/main-window.ts',
    sample: 'new BrowserWindow(',
    reason:
      'A middle-click can only ask for a new window, and every WebContents gets a window-open handler that denies all and a will-navigate guard ' +
      '(main/security/web-contents-guard.ts; tests/main/security/web-contents-guard.test.ts, tests/main/index.test.ts).',
  },
  {
    check: 'AUXCLICK_JS_CHECK',
    file: 'main/rooms/source-picker.ts',
    sample: 'new BrowserWindow(',
    reason:
      'Our own local picker page, no links; app.on(web-contents-created) gives it the same deny-all window-open guard ' +
      '(main/security/web-contents-guard.ts; tests/main/security/web-contents-guard.test.ts).',
  },
  {
    check: 'PRELOAD_JS_CHECK',
    file: 'main/windows/main-window.ts',
    sample: 'preload: preloadPath',
    reason:
      'The preload exposes exactly the named CompanionApi actions through contextBridge, no ipcRenderer and no generic invoke, with ' +
      'contextIsolation and sandbox on (tests/main/preload.test.ts, tests/main/contract.test.ts, tests/main/ipc/all-channels.test.ts).',
  },
  {
    check: 'PRELOAD_JS_CHECK',
    file: 'main/rooms/source-picker.ts',
    sample: 'preload: pickerPreloadPath',
    reason:
      'The picker preload exposes three named functions (receive the offered sources, choose one id, cancel) with type checks, ' +
      'to our own picker page only; no ipcRenderer reaches the page (tests/main/rooms/display-media.test.ts).',
  },
  {
    check: 'CERTIFICATE_VERIFY_PROC_JS_CHECK',
    file: 'main/rooms/e2e-test-mode.ts',
    sample: 'setCertificateVerifyProc(',
    reason:
      'Electron e2e suite only: trusts a self-signed certificate on 127.0.0.1 when GLC_E2E_TRUST_LOCAL_CERT=1 in an unpackaged app; ' +
      'a packaged app ignores the variable (tests/main/rooms/e2e-test-mode.test.ts).',
  },
];

function electronVersion() {
  try {
    return JSON.parse(readFileSync(join(root, 'node_modules', 'electron', 'package.json'), 'utf8')).version;
  } catch {
    const declared = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).devDependencies?.electron ?? '';
    return declared.replace(/^[^\d]*/, '') || undefined;
  }
}

/**
 * Electronegativity fetches translations (from S3) and Electron's release list
 * (from GitHub) over the network. The test suite makes no calls outside this
 * machine: its HTTP client is replaced by one that fails at once, so the tool
 * falls back to its bundled English texts and skips the release check.
 */
function keepElectronegativityOffline() {
  const offline = () => Promise.reject(new Error('offline: the security scan makes no network calls'));
  offline.head = offline;
  offline.get = offline;
  const load = Module._load;
  Module._load = function (request, parent, isMain) {
    if (request === 'got' && parent?.filename?.includes(`${join('@doyensec', 'electronegativity')}`)) return offline;
    return load.call(this, request, parent, isMain);
  };
}

function loadElectronegativity() {
  keepElectronegativityOffline();
  const require = createRequire(join(root, 'package.json'));
  try {
    return require('@doyensec/electronegativity');
  } catch {
    console.error('security-scan: @doyensec/electronegativity is not installed (npm install --save-dev @doyensec/electronegativity@1.10.3).');
    process.exit(2);
  }
}

const allowed = (issue) =>
  ALLOWLIST.find((entry) => entry.check === issue.id && entry.file === issue.file && (issue.sample ?? '').includes(entry.sample));

async function main() {
  const showAll = process.argv.includes('--all');
  const run = loadElectronegativity();
  // One directory holding the three trees, so global checks see the whole app and paths read main/…, renderer/….
  const workspace = mkdtempSync(join(tmpdir(), 'glc-security-scan-'));
  let result;
  try {
    for (const dir of SCANNED) cpSync(join(root, dir), join(workspace, dir), { recursive: true });
    result = await run({
      input: workspace,
      isRelative: true,
      isVerbose: false,
      electronVersionOverride: electronVersion(),
      customScan: [],
      // This check downloads Electron's release list from GitHub: no network calls from the test suite
      // (CI reaches only the package registries). Electron's version is pinned in package.json and
      // updated with npm, where its security releases are visible.
      excludeFromScan: ['AvailableSecurityFixesGlobalCheck'],
      parserPlugins: [],
    });
  } finally {
    rmSync(workspace, { recursive: true, force: true });
  }

  const issues = result.issues.map((issue) => ({ ...issue, file: issue.file.split('\\').join('/') }));
  const serious = issues.filter((issue) => issue.severity.value >= FAIL_AT);
  const suppressed = serious.filter(allowed);
  const failing = serious.filter((issue) => !allowed(issue));
  const minor = issues.filter((issue) => issue.severity.value < FAIL_AT);
  const unusedAllowances = ALLOWLIST.filter((entry) => !serious.some((issue) => allowed(issue) === entry));

  const line = (issue) => `  ${issue.severity.name.padEnd(6)} ${issue.id}  ${issue.file}:${issue.location.line}:${issue.location.column}  ${issue.sample ?? ''}`.slice(0, 220);
  console.log(
    `Electronegativity on ${SCANNED.join(', ')}: ${result.globalChecks + result.atomicChecks} checks, ${issues.length} findings ` +
      `(${serious.length} medium or higher: ${suppressed.length} allowed with a reason, ${failing.length} not allowed; ${minor.length} low or informational).`,
  );
  for (const error of result.errors) console.log(`  could not parse ${error.file}: ${error.message}`);
  if (showAll) {
    console.log('Allowed:');
    for (const issue of suppressed) console.log(`${line(issue)}\n      because: ${allowed(issue).reason}`);
    console.log('Low and informational:');
    for (const issue of minor) console.log(line(issue));
  }
  for (const entry of unusedAllowances) console.log(`  note: allowlist entry no longer needed: ${entry.check} in ${entry.file}`);
  const unparsable = result.errors.filter((error) => !error.tolerable);
  if (failing.length > 0 || unparsable.length > 0) {
    console.log('Not allowed (fix them, or add an allowlist entry with the reason and the test that proves it):');
    for (const issue of failing) console.log(line(issue));
    process.exit(1);
  }
  console.log('security-scan: no unexplained findings of medium severity or higher.');
}

await main();
