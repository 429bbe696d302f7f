export declare const IMMUTABLE: string;
export declare const REVALIDATE: string;
export declare function cacheControlFor(urlPath: string): string;
