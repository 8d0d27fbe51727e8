// A progress line on stderr for long runs on a terminal; nothing in CI or when output is piped.

const DELAY_MS = 1000;
const INTERVAL_MS = 100;

export interface Progress {
  update(done: number, total: number, findings: number): void;
  /** Erases the line; call before printing results. */
  stop(): void;
}

const SILENT: Progress = { update() {}, stop() {} };

/** A progress line when `stream` is a terminal and the run lasts over a second; otherwise silence. */
export function progressLine(stream: NodeJS.WriteStream, env: NodeJS.ProcessEnv = process.env): Progress {
  if (!stream.isTTY || env.CI || env.PYSTANDARDS_NO_PROGRESS) return SILENT;
  const started = Date.now();
  let shown = false;
  let last = 0;
  return {
    update(done, total, findings) {
      const now = Date.now();
      if (now - started < DELAY_MS || now - last < INTERVAL_MS) return;
      last = now;
      shown = true;
      const rate = Math.round(done / ((now - started) / 1000));
      stream.write(`\r\u001b[2K${done}/${total} files · ${rate} files/s · ${findings} findings`);
    },
    stop() {
      if (shown) stream.write('\r\u001b[2K');
      shown = false;
    },
  };
}
