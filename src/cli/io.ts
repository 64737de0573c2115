// The I/O a CLI command gets, so that commands are testable in-process.
export interface CliIo {
  stdout: (s: string) => void
  stderr: (s: string) => void
  cwd: string
  /** Reads all of standard input (only when the command needs it). */
  stdin?: () => Promise<string>
}
