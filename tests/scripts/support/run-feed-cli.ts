/** The feed checker run in process, its stdout and stderr collected line by line. */
import { runFeedCli } from '../../../scripts/feed-cli';

export interface CliRun {
  code: number;
  out: string;
  err: string;
}

export async function runCli(args: string[], machineZone: string): Promise<CliRun> {
  let out = '';
  let err = '';
  const code = await runFeedCli(args, { out: (t) => (out += `${t}\n`), err: (t) => (err += `${t}\n`), machineZone });
  return { code, out, err };
}
