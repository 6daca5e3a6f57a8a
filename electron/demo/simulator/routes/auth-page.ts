// The HTML of the authorization page: Mercado Libre's yellow header, the app asking for access,
// the seeded accounts to sign in as, and "Permitir" / "Cancelar".
import type { Reply } from '../core/http';
import type { AppRecord, SellerRecord, SiteId } from '../model';

function escape(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);
}

const STYLE = `body{margin:0;font-family:"Proxima Nova",-apple-system,Roboto,Arial,sans-serif;background:#ebebeb;color:#333}
header{background:#fff159;padding:14px 24px;font-weight:700;font-size:20px;color:#2d3277}
main{max-width:520px;margin:32px auto;background:#fff;border-radius:6px;padding:32px;box-shadow:0 1px 2px rgba(0,0,0,.12)}
h1{font-size:22px;font-weight:600}label{display:block;padding:10px;border:1px solid #ddd;border-radius:6px;margin:8px 0}
button{font-size:16px;border:0;border-radius:6px;padding:12px 24px;margin-right:8px;cursor:pointer}
.approve{background:#3483fa;color:#fff}.deny{background:#e3edfb;color:#3483fa}.muted{color:#999;font-size:13px}`;

function shell(title: string, body: string): string {
  return `<!doctype html><html lang="es"><head><meta charset="utf-8"><title>${escape(title)}</title><style>${STYLE}</style></head>` +
    `<body><header>mercado libre <span class="muted">(simulador)</span></header><main>${body}</main></body></html>`;
}

export function errorPage(status: number, message: string): Reply {
  return { kind: 'html', status, body: shell('Error', `<h1>No pudimos continuar</h1><p>${escape(message)}</p>`) };
}

export function authorizationPage(app: AppRecord, sellers: SellerRecord[], query: URLSearchParams, site: SiteId): Reply {
  const hidden = ['response_type', 'client_id', 'redirect_uri', 'state', 'code_challenge', 'code_challenge_method']
    .map((name) => `<input type="hidden" name="${name}" value="${escape(query.get(name) ?? '')}">`).join('');
  const ordered = [...sellers].sort((a, b) => Number(b.site_id === site) - Number(a.site_id === site));
  const accounts = ordered.map((s, index) =>
    `<label><input type="radio" name="user_id" value="${s.id}"${index === 0 ? ' checked' : ''}> ${escape(s.nickname)} · ${s.site_id}${s.operatorOf !== null ? ' · operador' : ''} <span class="muted">(${s.id})</span></label>`).join('');
  const body = `<h1>${escape(app.name)} quiere acceder a tu cuenta</h1>
<p>Podrá ver y modificar tus publicaciones, ventas, preguntas y envíos.</p>
<form method="post" action="/authorization/decision">${hidden}${accounts}
<p><button class="approve" name="decision" value="approve" type="submit">Permitir</button>
<button class="deny" name="decision" value="deny" type="submit">Cancelar</button></p></form>`;
  return { kind: 'html', status: 200, body: shell('Autorizar aplicación', body) };
}
