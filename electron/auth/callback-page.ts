/** The plain page the seller's browser shows after Mercado Libre redirects back to this computer. */
import type { Language } from '../../shared/settings';

type PageKind = 'done' | 'failed' | 'wrong_state';

const TEXT: Record<Language, Record<PageKind, { title: string; body: string }>> = {
  es: {
    done: { title: 'Cuenta conectada', body: 'Ya podés cerrar esta pestaña y volver a Mostrador.' },
    failed: { title: 'No se pudo conectar', body: 'Volvé a Mostrador para ver qué pasó y reintentar.' },
    wrong_state: { title: 'Enlace no válido', body: 'Este enlace no corresponde a la conexión en curso. Volvé a Mostrador y empezá de nuevo.' },
  },
  'pt-BR': {
    done: { title: 'Conta conectada', body: 'Você já pode fechar esta aba e voltar ao Mostrador.' },
    failed: { title: 'Não foi possível conectar', body: 'Volte ao Mostrador para ver o que aconteceu e tentar de novo.' },
    wrong_state: { title: 'Link inválido', body: 'Este link não corresponde à conexão em andamento. Volte ao Mostrador e comece de novo.' },
  },
  en: {
    done: { title: 'Account connected', body: 'You can close this tab and go back to Mostrador.' },
    failed: { title: 'Could not connect', body: 'Go back to Mostrador to see what happened and try again.' },
    wrong_state: { title: 'Link not valid', body: 'This link does not belong to the connection in progress. Go back to Mostrador and start again.' },
  },
};

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

export function callbackPage(language: Language, kind: PageKind, detail?: string): string {
  const { title, body } = TEXT[language][kind];
  const extra = detail ? `<p class="detail">${escapeHtml(detail)}</p>` : '';
  return `<!doctype html>
<html lang="${language}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>Mostrador — ${escapeHtml(title)}</title>
<style>body{font-family:system-ui,sans-serif;background:#f4f6fa;color:#1b2430;display:grid;place-items:center;min-height:90vh;margin:0}
main{background:#fff;border-radius:12px;padding:32px 40px;box-shadow:0 2px 12px #0001;max-width:28rem}
h1{font-size:1.4rem;margin:0 0 .5rem}.detail{color:#5b6675}</style></head>
<body><main><h1>${escapeHtml(title)}</h1><p>${escapeHtml(body)}</p>${extra}</main></body></html>`;
}
