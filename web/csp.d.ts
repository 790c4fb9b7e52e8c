/** The pages' Content-Security-Policy directives, in SvelteKit's form (keywords without quotes). */
export declare const PAGE_CSP: Record<string, string[]>;
