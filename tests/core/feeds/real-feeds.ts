/**
 * Where the shared real conference feeds are: ../shared/feeds beside the repo
 * root (CI clones the repo into another folder with a copy of shared/ beside it).
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const repoRoot = resolve(import.meta.dirname, '../../..');
export const feedsDir = resolve(repoRoot, '../shared/feeds');
export const haveFeeds = existsSync(feedsDir);
export const readFeed = (name: string): string => readFileSync(resolve(feedsDir, name), 'utf8');
