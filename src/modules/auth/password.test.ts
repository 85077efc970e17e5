import { describe, expect, it } from 'vitest';
import { hashPassword, isStrongPassword, verifyPassword } from './password';

describe('isStrongPassword', () => {
  it.each([
    ['Rahasia-2026', true],
    ['abcdefghi1', true],
    ['1234567890a', true],
    ['abcdefgh1', false], // nine characters
    ['abcdefghijk', false], // no digit
    ['12345678901', false], // no letter
    ['', false],
  ])('%j → %s', (password, strong) => {
    expect(isStrongPassword(password)).toBe(strong);
  });
});

describe('hashPassword / verifyPassword', () => {
  it('verifies the password it hashed and nothing else', async () => {
    const hash = await hashPassword('Rahasia-2026');
    expect(hash).toMatch(/^\$argon2id\$/);
    expect(await verifyPassword(hash, 'Rahasia-2026')).toBe(true);
    expect(await verifyPassword(hash, 'rahasia-2026')).toBe(false);
  });

  it('answers false, not an exception, for a damaged stored hash', async () => {
    expect(await verifyPassword('not-a-hash', 'Rahasia-2026')).toBe(false);
  });
});
