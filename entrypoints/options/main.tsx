import { render } from 'preact';
import { ExportSettingsForm } from '../../components/ExportSettingsForm';
import './style.css';

render(
  <main>
    <h1>Sourcelight options</h1>
    <ExportSettingsForm />
  </main>,
  document.getElementById('app')!,
);
