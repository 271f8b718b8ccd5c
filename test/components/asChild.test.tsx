import { render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { Logout } from '../../src/components/Logout';
import { Login } from '../../src/components/Login';
import { platformPresets } from '../../src/testing/presets';
import { kitWrapper, testQueryClient } from '../helpers/kit';
import type { UserClient } from '../../src/client/createUserClient';

const client = { options: {}, getPlatformConfig: vi.fn() } as unknown as UserClient;
const Wrapper = kitWrapper({ client, queryClient: testQueryClient(), initialConfig: platformPresets.default });

describe('button parts rendered asChild', () => {
  it('give an empty child their own label, and the part props', () => {
    render(
      <Wrapper>
        <Logout.Button asChild>
          <button className="mine" />
        </Logout.Button>
        <Login.Root>
          <Login.Submit asChild>
            <button className="mine-too" />
          </Login.Submit>
        </Login.Root>
      </Wrapper>,
    );
    const logout = screen.getByRole('button', { name: 'Sign out' });
    expect(logout.className).toBe('mine');
    expect(logout.getAttribute('aria-busy')).toBe('false');
    const submit = screen.getByRole('button', { name: 'Sign in' });
    expect(submit.getAttribute('type')).toBe('submit');
  });

  it('keep a child’s own content', () => {
    render(
      <Wrapper>
        <Logout.Button asChild>
          <button>Leave</button>
        </Logout.Button>
      </Wrapper>,
    );
    expect(screen.getByRole('button', { name: 'Leave' })).toBeDefined();
  });
});
