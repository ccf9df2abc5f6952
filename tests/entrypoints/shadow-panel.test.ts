import { afterEach, describe, expect, it, vi } from 'vitest';
import { createShadowPanel, trusted } from '../../entrypoints/content/shadow-panel';

afterEach(() => document.querySelectorAll('sourcelight-test').forEach((e) => e.remove()));

describe('our in-page panels', () => {
  it('have a closed shadow root: a page script sees no shadowRoot on the host', () => {
    const { host, root } = createShadowPanel('sourcelight-test', '');
    expect(host.shadowRoot).toBeNull();
    expect(root.mode).toBe('closed');
    expect(document.querySelector('sourcelight-test')).toBe(host);
  });

  it('drop synthetic (untrusted) clicks, keys and submits before our handlers', () => {
    const { mount } = createShadowPanel('sourcelight-test', '');
    const button = document.createElement('button');
    const form = document.createElement('form');
    mount.append(button, form);
    const clicked = vi.fn();
    const keyed = vi.fn();
    const submitted = vi.fn();
    button.addEventListener('click', clicked);
    button.addEventListener('keydown', keyed);
    form.addEventListener('submit', submitted);
    button.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    button.click();
    button.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
    form.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    expect(clicked).not.toHaveBeenCalled();
    expect(keyed).not.toHaveBeenCalled();
    expect(submitted).not.toHaveBeenCalled();
  });
});

describe('trusted', () => {
  it('calls the handler only for trusted events', () => {
    const h = vi.fn();
    trusted(h)(new Event('mouseup'));
    expect(h).not.toHaveBeenCalled();
    const real = new Event('mouseup');
    Object.defineProperty(real, 'isTrusted', { value: true });
    trusted(h)(real);
    expect(h).toHaveBeenCalledOnce();
  });
});
