/** Strings of the Questions screen (read-only for now), in the three UI languages. */
const es = {
  summary: '{{unanswered}} sin responder · {{total}} en total',
  unanswered: 'Sin responder',
  answered: 'Respondidas',
  asked: 'Preguntaron {{ago}}',
  answer: 'Tu respuesta',
  answeredAgo: 'respondida {{ago}}',
  listing: 'Publicación',
  status: {
    UNANSWERED: 'Sin responder',
    ANSWERED: 'Respondida',
    CLOSED_UNANSWERED: 'Cerrada sin respuesta',
    UNDER_REVIEW: 'En revisión',
    BANNED: 'Bloqueada',
    DELETED: 'Eliminada',
  },
  loadingRow: 'Cargando…',
  listLabel: 'Preguntas de compradores',
  notSyncedTitle: 'Todavía no hay preguntas guardadas',
  notSyncedBody: 'Las preguntas de tus compradores aparecen cuando termina la primera sincronización.',
  noneTitle: 'No hay preguntas',
  noneBody: 'Cuando un comprador pregunte algo en una de tus publicaciones, va a aparecer acá.',
};

export type QuestionsMessages = typeof es;

const ptBR: QuestionsMessages = {
  summary: '{{unanswered}} sem resposta · {{total}} no total',
  unanswered: 'Sem resposta',
  answered: 'Respondidas',
  asked: 'Perguntaram {{ago}}',
  answer: 'Sua resposta',
  answeredAgo: 'respondida {{ago}}',
  listing: 'Anúncio',
  status: {
    UNANSWERED: 'Sem resposta',
    ANSWERED: 'Respondida',
    CLOSED_UNANSWERED: 'Fechada sem resposta',
    UNDER_REVIEW: 'Em revisão',
    BANNED: 'Bloqueada',
    DELETED: 'Excluída',
  },
  loadingRow: 'Carregando…',
  listLabel: 'Perguntas dos compradores',
  notSyncedTitle: 'Ainda não há perguntas salvas',
  notSyncedBody: 'As perguntas dos compradores aparecem quando a primeira sincronização termina.',
  noneTitle: 'Nenhuma pergunta',
  noneBody: 'Quando um comprador perguntar algo em um dos seus anúncios, vai aparecer aqui.',
};

const en: QuestionsMessages = {
  summary: '{{unanswered}} unanswered · {{total}} in all',
  unanswered: 'Unanswered',
  answered: 'Answered',
  asked: 'Asked {{ago}}',
  answer: 'Your answer',
  answeredAgo: 'answered {{ago}}',
  listing: 'Listing',
  status: {
    UNANSWERED: 'Unanswered',
    ANSWERED: 'Answered',
    CLOSED_UNANSWERED: 'Closed unanswered',
    UNDER_REVIEW: 'Under review',
    BANNED: 'Banned',
    DELETED: 'Deleted',
  },
  loadingRow: 'Loading…',
  listLabel: "Buyers' questions",
  notSyncedTitle: 'No questions saved yet',
  notSyncedBody: "Your buyers' questions appear once the first sync finishes.",
  noneTitle: 'No questions',
  noneBody: 'When a buyer asks about one of your listings, it shows up here.',
};

export const questionsLocales = { es, 'pt-BR': ptBR, en };
