/**
 * Real calendar parsers packaged by Debian, run as child processes on an .ics
 * file. Each prints JSON: [{ uid, start, end, tzid, summary }] with UTC times
 * (an event without DTEND ends at its DTSTART, RFC 5545 §3.6.1).
 * Which zone data they use for TZID=Europe/Vienna (checked by tampering with
 * the VTIMEZONE): vobject, libical and ruby-icalendar read the file's
 * VTIMEZONE; python-icalendar, sabre/vobject and calcurse look the name up in
 * the system's zone database (as Google Calendar does).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { resolve } from 'node:path';

export interface ParsedByTool {
  uid: string | null;
  start: string;
  end: string;
  tzid: string | null;
  summary: string;
}

export interface InteropParser {
  name: string;
  /** The Debian packages that provide it (for the skip message and .ci/run). */
  packages: string;
  /** Whether the tool reports text unescaped (sabre/vobject 2.x does not). */
  unescapesText: boolean;
  available(): boolean;
  parse(file: string): ParsedByTool[];
}

const PYTHON = '/usr/bin/python3';
const UTC_FORMAT_PY = "'%Y-%m-%dT%H:%M:%SZ'";

const succeeds = (command: string, args: string[]): boolean => {
  const result = spawnSync(command, args, { encoding: 'utf8', timeout: 20_000 });
  return result.status === 0 && !result.error;
};

function runJson(command: string, args: string[], env?: NodeJS.ProcessEnv): ParsedByTool[] {
  const result = spawnSync(command, args, { encoding: 'utf8', timeout: 30_000, ...(env ? { env: { ...process.env, ...env } } : {}) });
  if (result.status !== 0) throw new Error(`${command} failed (${result.status}): ${result.stderr || String(result.error)}`);
  return JSON.parse(result.stdout) as ParsedByTool[];
}

const python = (modules: string, source: string): Pick<InteropParser, 'available' | 'parse'> => ({
  available: () => succeeds(PYTHON, ['-c', modules]),
  parse: (file) => runJson(PYTHON, ['-c', `import sys, json, datetime\n${modules}\n${source}`, file]),
});

const PYTHON_ICALENDAR = `
cal = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())
utc = lambda d: d.astimezone(datetime.timezone.utc).strftime(${UTC_FORMAT_PY})
print(json.dumps([{'uid': str(e['UID']), 'start': utc(e['DTSTART'].dt), 'end': utc((e.get('DTEND') or e['DTSTART']).dt),
  'tzid': e['DTSTART'].params.get('TZID'), 'summary': str(e['SUMMARY'])} for e in cal.walk('VEVENT')]))
`;

// vobject turns TZID into a tzinfo built from the file's VTIMEZONE and drops the parameter: report that tzinfo's id.
const PYTHON_VOBJECT = `
cal = vobject.readOne(open(sys.argv[1], encoding='utf-8').read())
utc = lambda d: d.astimezone(datetime.timezone.utc).strftime(${UTC_FORMAT_PY})
tzid = lambda d: getattr(d.tzinfo, '_tzid', None)
print(json.dumps([{'uid': e.uid.value, 'start': utc(e.dtstart.value), 'end': utc((e.dtend if hasattr(e, 'dtend') else e.dtstart).value),
  'tzid': tzid(e.dtstart.value), 'summary': e.summary.value} for e in cal.vevent_list]))
`;

const PYTHON_LIBICAL = `
I = ICalGLib
cal = I.Component.new_from_string(open(sys.argv[1], encoding='utf-8').read())
def utc(t):
    u = t.clone(); u.convert_to_zone_inplace(I.Timezone.get_utc_timezone())
    return '%04d-%02d-%02dT%02d:%02d:%02dZ' % (u.get_year(), u.get_month(), u.get_day(), u.get_hour(), u.get_minute(), u.get_second())
out = []
ev = cal.get_first_component(I.ComponentKind.VEVENT_COMPONENT)
while ev is not None:
    p = ev.get_first_property(I.PropertyKind.DTSTART_PROPERTY).get_first_parameter(I.ParameterKind.TZID_PARAMETER)
    out.append({'uid': ev.get_uid(), 'start': utc(ev.get_dtstart()), 'end': utc(ev.get_dtend()), 'tzid': p.get_tzid() if p else None, 'summary': ev.get_summary()})
    ev = cal.get_next_component(I.ComponentKind.VEVENT_COMPONENT)
print(json.dumps(out))
`;

const RUBY_ICALENDAR = `
require 'stringio'; require 'json'; require 'icalendar'
cal = Icalendar::Calendar.parse(File.read(ARGV[0], encoding: 'UTF-8')).first
utc = ->(v) { v.to_time.utc.strftime('%Y-%m-%dT%H:%M:%SZ') }
puts JSON.generate(cal.events.map { |e|
  tzid = Array(e.dtstart.ical_params['tzid']).first
  { uid: e.uid.to_s, start: utc.(e.dtstart), end: utc.(e.dtend || e.dtstart), tzid: tzid == 'UTC' ? nil : tzid, summary: e.summary.to_s }
})
`;

const PHP_SABRE = `
require_once 'Sabre/VObject/includes.php';
$cal = Sabre\\VObject\\Reader::read(file_get_contents($argv[1]));
$utc = function ($p) { $d = $p->getDateTime(); $d->setTimezone(new DateTimeZone('UTC')); return $d->format('Y-m-d\\TH:i:s\\Z'); };
$out = [];
foreach ($cal->VEVENT as $e) {
  $out[] = ['uid' => (string) $e->UID, 'start' => $utc($e->DTSTART), 'end' => $utc(isset($e->DTEND) ? $e->DTEND : $e->DTSTART),
    'tzid' => isset($e->DTSTART['TZID']) ? (string) $e->DTSTART['TZID'] : null, 'summary' => (string) $e->SUMMARY];
}
echo json_encode($out);
`;

/** calcurse imports into its own data folder, then lists appointments in the process zone (set to UTC). */
function calcurseParse(file: string): ParsedByTool[] {
  const dir = mkdtempSync(resolve(tmpdir(), 'calcurse-'));
  const env = { ...process.env, TZ: 'UTC', HOME: dir };
  const imported = spawnSync('calcurse', ['-D', dir, '-i', file], { encoding: 'utf8', env, timeout: 30_000 });
  if (imported.status !== 0) throw new Error(`calcurse -i failed: ${imported.stderr}`);
  const listed = spawnSync('calcurse', ['-D', dir, '-Q', '--input-datefmt', '4', '--from', '2020-01-01', '--days', '3650', '--format-apt', '%(start:%Y-%m-%dT%H:%M:%SZ) %(end:%Y-%m-%dT%H:%M:%SZ) %m\\n'], { encoding: 'utf8', env, timeout: 30_000 });
  if (listed.status !== 0) throw new Error(`calcurse -Q failed: ${listed.stderr}`);
  return listed.stdout
    .split('\n')
    .map((line) => /^(\S+Z) (\S+Z) (.*)$/.exec(line))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => ({ uid: null, start: m[1]!, end: m[2]!, tzid: null, summary: m[3]! }));
}

export const PARSERS: InteropParser[] = [
  { name: 'python-icalendar', packages: 'python3-icalendar', unescapesText: true, ...python('import icalendar', PYTHON_ICALENDAR) },
  { name: 'python-vobject', packages: 'python3-vobject', unescapesText: true, ...python('import vobject', PYTHON_VOBJECT) },
  {
    name: 'libical (ICalGLib, as in Evolution)',
    packages: 'gir1.2-ical-3.0 python3-gi',
    unescapesText: true,
    ...python("import gi\ngi.require_version('ICalGLib', '3.0')\nfrom gi.repository import ICalGLib", PYTHON_LIBICAL),
  },
  {
    name: 'ruby-icalendar',
    packages: 'ruby ruby-icalendar',
    unescapesText: true,
    available: () => succeeds('ruby', ['-e', "require 'icalendar'"]),
    parse: (file) => runJson('ruby', ['-e', RUBY_ICALENDAR, file]),
  },
  {
    name: 'sabre/vobject 2 (PHP, as in CalDAV servers)',
    packages: 'php-cli php-sabre-vobject',
    unescapesText: false,
    available: () => succeeds('php', ['-r', "require_once 'Sabre/VObject/includes.php';"]),
    parse: (file) => runJson('php', ['-r', PHP_SABRE, file]),
  },
  { name: 'calcurse -i', packages: 'calcurse', unescapesText: true, available: () => succeeds('calcurse', ['--version']), parse: calcurseParse },
];

const LIBICAL_RESTRICTIONS = `
I = ICalGLib
cal = I.Component.new_from_string(open(sys.argv[1], encoding='utf-8').read())
ok = cal.check_restrictions()
errors = []
def collect(c):
    p = c.get_first_property(I.PropertyKind.XLICERROR_PROPERTY)
    while p is not None:
        errors.append(p.get_value_as_string()); p = c.get_next_property(I.PropertyKind.XLICERROR_PROPERTY)
collect(cal)
ev = cal.get_first_component(I.ComponentKind.ANY_COMPONENT)
while ev is not None:
    collect(ev); ev = cal.get_next_component(I.ComponentKind.ANY_COMPONENT)
print(json.dumps({'ok': bool(ok), 'errors': errors}))
`;

const libicalModules = "import gi\ngi.require_version('ICalGLib', '3.0')\nfrom gi.repository import ICalGLib";

/** libical's RFC 5545/5546 restriction check (icalrestriction_check), as Evolution applies it; null when libical is absent. */
export function libicalRestrictions(file: string): { ok: boolean; errors: string[] } | null {
  if (!succeeds(PYTHON, ['-c', libicalModules])) return null;
  const result = spawnSync(PYTHON, ['-c', `import sys, json\n${libicalModules}\n${LIBICAL_RESTRICTIONS}`, file], { encoding: 'utf8', timeout: 30_000 });
  if (result.status !== 0) throw new Error(`libical restriction check failed (${result.status}): ${result.stderr}`);
  return JSON.parse(result.stdout) as { ok: boolean; errors: string[] };
}
