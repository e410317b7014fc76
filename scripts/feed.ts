/** Entry point of `npm run feed`; the checker itself is in feed-cli.ts. */
import { runFeedCli } from './feed-cli';

process.exitCode = await runFeedCli(process.argv.slice(2), {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
  write: (text) => process.stdout.write(text),
});
