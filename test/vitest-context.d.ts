declare module 'vitest' {
  export interface ProvidedContext {
    /** The React major version a jsdom project runs on ('18' or '19'). */
    reactMajor: string;
  }
}
export {};
