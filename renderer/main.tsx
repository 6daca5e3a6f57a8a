import { createRoot } from 'react-dom/client';
import { connectTransport } from './api/transport';

const transport = connectTransport();
const root = createRoot(document.getElementById('root') as HTMLElement);
void transport.invoke('app.info').then((result) => {
  root.render(<pre>{JSON.stringify(result, null, 2)}</pre>);
});
