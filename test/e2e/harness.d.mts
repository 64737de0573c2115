import type {BrowserContext} from 'playwright-core'
export declare const ROOT: string
export declare const WEB_OUT: string
export declare function chromiumPath(): string
export declare function outDir(name: string): string
export declare function buildWeb(dir?: string): void
export declare function e2eWebOut(): Promise<string>
export declare function serve(dir?: string): Promise<{url: string; close: () => Promise<void>}>
export declare function launch(opts?: {locale?: string}): Promise<{context: BrowserContext; userDataDir: string; close: () => Promise<void>}>
