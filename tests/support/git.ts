import { execFileSync } from 'node:child_process';

/** Runs git in `cwd` as a fixed test identity, ignoring the machine's system config; returns trimmed stdout. */
export function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, GIT_AUTHOR_NAME: '도움 테스트', GIT_AUTHOR_EMAIL: 'test@example.com', GIT_COMMITTER_NAME: '도움 테스트', GIT_COMMITTER_EMAIL: 'test@example.com', GIT_CONFIG_NOSYSTEM: '1' },
  }).trim();
}
