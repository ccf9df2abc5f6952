import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// See ../shared/STACK.md: there is no WXT Preact module for 0.20, so the preset is a Vite plugin.
export default defineConfig({
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser }) => ({
    name: 'Sourcelight',
    description: 'Find who is quoted and who the experts are in any news article; annotate, tag and export.',
    permissions: ['storage', 'activeTab'],
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'sourcelight@example.org',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
