import { FdkConfigError } from '../client/errors';
import type { FakeStorage } from './fakeStorage';

/*
 * The few synchronous parts of `node:fs` and `node:path` the file storage uses, typed here so that the library's
 * declarations and browser projects importing `fdk-user-react/testing` need no Node types.
 */
interface NodeFsLike {
  readFileSync(path: string, encoding: 'utf8'): string;
  writeFileSync(path: string, data: string, encoding: 'utf8'): void;
  renameSync(from: string, to: string): void;
  mkdirSync(path: string, options: { recursive: true }): unknown;
}

interface NodePathLike {
  dirname(path: string): string;
  resolve(path: string): string;
}

type BuiltinLoader = (id: string) => unknown;

/**
 * `node:fs` and `node:path`, taken synchronously from the running Node (`process.getBuiltinModule`, Node 20.16+)
 * rather than imported, so that importing `fdk-user-react/testing` in a browser never loads them.
 */
function nodeModules(): { fs: NodeFsLike; path: NodePathLike } {
  const load = (globalThis as { process?: { getBuiltinModule?: BuiltinLoader } }).process?.getBuiltinModule;
  if (typeof load !== 'function') throw new FdkConfigError('fakeFileStorage needs Node 20.16 or later (process.getBuiltinModule); in a browser use fakeWebStorage.');
  return { fs: load('node:fs') as NodeFsLike, path: load('node:path') as NodePathLike };
}

function isMissing(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === 'ENOENT';
}

let writes = 0;

/**
 * A file for the fake's state (Node only, synchronous `fs`): the state lasts across restarts of a test run or of
 * `npm run fake-server` (`STATE_FILE=…`), and services of several processes can share it (each reads the file
 * again when it changed, before each call). The file and its folder are created on the first save; each save
 * writes a new file and renames it over the old one, so a reader never sees half a state. Throws
 * `FdkConfigError` where Node's modules cannot be had (a browser).
 * @example
 * import { fakeFileStorage, startFakeUserServer } from 'fdk-user-react/testing';
 * const fake = await startFakeUserServer({ storage: fakeFileStorage('.fake/user-service.json') });
 */
export function fakeFileStorage(path: string): FakeStorage {
  const { fs, path: paths } = nodeModules();
  const file = paths.resolve(path);
  return {
    load() {
      try {
        return fs.readFileSync(file, 'utf8');
      } catch (error) {
        if (isMissing(error)) return undefined;
        throw error;
      }
    },
    save(data) {
      fs.mkdirSync(paths.dirname(file), { recursive: true });
      writes += 1;
      const temporary = `${file}.${String((globalThis as { process?: { pid?: number } }).process?.pid ?? 0)}-${writes}.tmp`;
      fs.writeFileSync(temporary, data, 'utf8');
      fs.renameSync(temporary, file);
    },
  };
}
