/** Brazilian Portuguese, for sellers on Mercado Livre Brasil (MLB). Same shape as the Spanish source. */
import type { Messages } from './es';

const ptBR: Messages = {
  app: {
    name: 'Mostrador',
    tagline: 'Seu balcão do Mercado Livre',
    skipToContent: 'Pular para o conteúdo',
    skipToStatus: 'Pular para a barra de status (F6)',
    loading: 'Abrindo o Mostrador…',
    loadFailed: 'Não foi possível abrir o Mostrador.',
    retry: 'Tentar de novo',
    pageTitle: '{{section}} · Mostrador',
  },
  table: {
    hiddenColumns: 'Não cabem nesta largura: {{columns}}. Abra uma linha para vê-las, ou aumente a janela.',
  },
  nav: {
    label: 'Seções',
    orders: 'Pedidos',
    listings: 'Anúncios',
    stock: 'Estoque',
    questions: 'Perguntas',
    labels: 'Etiquetas',
    changes: 'Alterações pendentes',
    settings: 'Configurações',
  },
  sections: {
    orders: {
      subtitle: 'Vendas para preparar, despachar e acompanhar.',
      emptyTitle: 'Ainda não há pedidos',
      emptyBody:
        'Seus pedidos vão aparecer aqui depois que você conectar sua conta do Mercado Livre e a primeira sincronização terminar.',
      emptyNote: 'Eles ficam salvos neste computador, então você pode consultá-los mesmo sem internet.',
    },
    listings: {
      subtitle: 'Títulos, preços e status dos seus anúncios.',
      emptyTitle: 'Ainda não há anúncios',
      emptyBody: 'Seus anúncios vão aparecer aqui depois da primeira sincronização, prontos para buscar e editar.',
      emptyNote: 'As alterações são salvas na hora e enviadas ao Mercado Livre quando houver conexão.',
    },
    stock: {
      subtitle: 'Unidades disponíveis e estoque compartilhado entre anúncios.',
      emptyTitle: 'Ainda não há estoque para mostrar',
      emptyBody:
        'Aqui você vai ver as unidades disponíveis de cada produto e mantê-las em dia em todos os anúncios que o vendem.',
      emptyNote: 'Antes de aplicar uma alteração em massa, o Mostrador mostra o que vai mudar.',
    },
    questions: {
      subtitle: 'Perguntas de compradores aguardando resposta.',
      emptyTitle: 'Nenhuma pergunta sem resposta',
      emptyBody:
        'As perguntas dos seus compradores vão aparecer aqui quando você conectar sua conta, das mais antigas para as mais recentes.',
      emptyNote: 'Você pode escrever respostas sem conexão; elas são enviadas quando a internet voltar.',
    },
    labels: {
      subtitle: 'Etiquetas de envio para imprimir em PDF ou em impressoras térmicas (ZPL).',
      emptyTitle: 'Nenhuma etiqueta para imprimir',
      emptyBody:
        'As etiquetas do Mercado Envios dos pedidos prontos para despacho vão aparecer aqui para você imprimir em lote.',
      emptyNote: 'Cada etiqueta fica salva neste computador para reimprimir mesmo sem conexão.',
    },
    changes: {
      subtitle: 'O que você alterou e o Mercado Livre ainda não confirmou: enviando, com erro ou em conflito.',
      emptyTitle: 'Nenhuma alteração pendente',
      emptyBody: 'Quando você editar um anúncio, a alteração aparece aqui até o Mercado Livre confirmá-la.',
      emptyNote: 'As alterações são salvas na hora e enviadas sozinhas quando houver conexão.',
    },
    settings: {
      subtitle: 'Idioma, sincronização e a conexão com o Mercado Livre.',
    },
  },
  status: {
    label: 'Status',
    account: 'Conta',
    noAccount: 'Nenhuma conta conectada',
    needsSignIn: '{{nickname}} (é preciso entrar de novo)',
    moreAccounts_one: '{{nickname}} e mais {{count}} conta',
    moreAccounts_other: '{{nickname}} e mais {{count}} contas',
    mode: 'Modo',
    desktop: 'Aplicativo para computador',
    browser: 'Modo navegador',
    browserWithReason: 'Modo navegador: {{reason}}',
    browserReason: {
      requested: 'o modo navegador foi solicitado',
      electron_missing: 'o ambiente para computador (Electron) não está instalado',
      no_display: 'não há tela para abrir uma janela do aplicativo',
      not_built: 'o aplicativo para computador não foi compilado',
      native_modules: 'faltam os componentes de banco de dados do aplicativo para computador',
      start_failed: 'o aplicativo para computador não conseguiu iniciar',
    },
    demo: 'Loja de demonstração',
    demoHint: 'Nenhum aplicativo do Mercado Livre configurado: os dados são de teste.',
    lastSync: 'Última sincronização',
    neverSynced: 'Nunca sincronizado',
    syncedAt: 'Última sincronização: {{when}}',
    syncEvery_one: 'a cada {{count}} minuto',
    syncEvery_other: 'a cada {{count}} minutos',
  },
  notices: {
    dismiss: 'Fechar aviso',
    details: 'Detalhes técnicos',
    settings_corrupt:
      'Não foi possível ler o arquivo de configurações. Ele foi guardado à parte, sem ser apagado, e o Mostrador está usando as configurações padrão.',
    settings_too_new:
      'As configurações foram salvas por uma versão mais nova do Mostrador. O arquivo foi guardado à parte e as configurações padrão estão em uso.',
    generic: 'O Mostrador encontrou um problema ao iniciar.',
  },
  settings: {
    saved: 'Alterações salvas.',
    saving: 'Salvando…',
    notSaved: 'Nenhuma alteração foi salva.',
    language: {
      heading: 'Idioma',
      label: 'Idioma do Mostrador',
      auto: 'Automático (pelo site da sua conta)',
      help: 'No automático, o Mostrador usa o idioma do site do Mercado Livre da sua conta.',
    },
    updates: {
      heading: 'Atualizações',
      intro: 'O app para desktop pode procurar versões novas sozinho, num servidor de atualizações que você escolher. Enquanto não for configurado, não se conecta a nenhum.',
      enabled: 'Procurar e instalar atualizações automaticamente',
      feedUrl: 'Endereço do servidor de atualizações',
      feedHelp: 'Um endereço https:// com os arquivos latest.yml do Mostrador, sem usuário nem senha.',
      invalid: 'Precisa ser um endereço https://, sem usuário nem senha.',
      feedRequired: 'Para ativá-las, informe o endereço do servidor.',
      on: 'Ativadas: procuradas a cada 6 horas, baixadas em segundo plano e instaladas ao sair do Mostrador.',
      off: 'Desativadas: instale as versões novas manualmente.',
      browserNote: 'No modo navegador nada é atualizado: isto vale para o app para desktop.',
      save: 'Salvar atualizações',
    },
    sync: {
      heading: 'Sincronização',
      label: 'Buscar novidades a cada',
      unit: 'minutos',
      help: 'Entre 1 e 120 minutos. Um intervalo curto traz os pedidos antes; um longo usa menos conexão.',
      invalid: 'Precisa ser um número inteiro de minutos, entre 1 e 120.',
      save: 'Salvar intervalo',
    },
    meli: {
      heading: 'Aplicativo do Mercado Livre',
      intro:
        'Para conectar sua conta, o Mostrador precisa de um aplicativo registrado no portal de desenvolvedores do Mercado Livre (Meus aplicativos → Criar aplicativo). Os dados que ele mostra ao ser criado vão nestes campos.',
      clientId: 'ID do aplicativo (Client ID)',
      clientIdHelp: 'O número que o Mercado Livre mostra para o seu aplicativo.',
      clientIdInvalid: 'O ID do aplicativo tem só números, exatamente como o Mercado Livre mostra.',
      redirectUri: 'URI de redirecionamento',
      redirectUriHelp:
        'O Mercado Livre exige um endereço HTTPS. Ele precisa ser idêntico ao que você registrou no aplicativo.',
      redirectUriInvalid: 'Precisa ser um endereço que comece com https://.',
      secretNote: 'A chave secreta nunca aparece nesta tela: ela fica guardada com criptografia neste computador.',
      save: 'Salvar dados do aplicativo',
    },
    about: {
      heading: 'Sobre o Mostrador',
      version: 'Versão',
      dataDir: 'Pasta de dados',
      mode: 'Modo',
      secrets: 'Chaves secretas',
      secretsOs: 'Protegidas pelo chaveiro do sistema operacional.',
      secretsKeyFile:
        'Criptografadas com uma chave guardada em um arquivo neste computador: uma proteção mais fraca que a do chaveiro do sistema.',
    },
  },
  errors: {
    invalid_input: 'Alguns dados não são válidos. Nada foi alterado.',
    unknown_method: 'Esta versão do Mostrador não reconhece o pedido. Reiniciar o aplicativo pode resolver.',
    unauthorized:
      'Esta aba perdeu o acesso ao Mostrador. Abra-a de novo pelo endereço que o Mostrador mostra ao iniciar.',
    forbidden: 'O Mostrador recusou o pedido porque ele não vem deste computador.',
    not_found: 'Não encontramos o que você procurava.',
    conflict: 'Isto mudou enquanto você editava. Confira os dados e tente de novo.',
    offline: 'Sem conexão com o Mostrador ou com o Mercado Livre. As alterações ficam salvas para enviar depois.',
    rate_limited: 'O Mercado Livre pediu para esperar um pouco. O Mostrador vai tentar de novo sozinho.',
    needs_sign_in: 'É preciso entrar de novo no Mercado Livre. Nada do que estava pendente foi perdido.',
    settings_corrupt: 'O arquivo de configurações estava danificado: foi guardado à parte e as configurações padrão estão em uso.',
    internal: 'Algo deu errado dentro do Mostrador. Nada foi alterado.',
  },
};

export default ptBR;
