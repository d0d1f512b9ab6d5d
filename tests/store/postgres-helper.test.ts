import { afterEach, describe, expect, it } from 'vitest';
import { findPgBin, INSTALL_HINT } from './helpers/postgres-server.js';

describe('the PostgreSQL test server helper', () => {
  const saved = process.env.PG_BIN;
  afterEach(() => {
    if (saved === undefined) delete process.env.PG_BIN;
    else process.env.PG_BIN = saved;
  });

  it('fails with a one-line install hint when the binaries are missing (never a skip)', () => {
    process.env.PG_BIN = '/nonexistent/postgresql/bin';
    expect(() => findPgBin()).toThrow(INSTALL_HINT);
    expect(INSTALL_HINT).not.toContain('\n');
    expect(INSTALL_HINT).toContain('apt-get install -y postgresql');
  });

  it('finds initdb and postgres on this machine', () => {
    delete process.env.PG_BIN;
    expect(findPgBin()).toMatch(/postgresql\/\d+\/bin$/);
  });
});
