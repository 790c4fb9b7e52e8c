// Matchmaking: a request's offers that may answer it, related listings, the seller's needs that fit its offers.
export const matchingVi = {
  'matching.offers.title': 'Công nghệ có thể đáp ứng',
  'matching.offers.intro': 'Chào bán trên sàn phù hợp với nhu cầu này, kèm lý do phù hợp.',
  'matching.offers.none': 'Chưa có chào bán nào phù hợp với nhu cầu này.',
  'matching.reasons': 'Lý do phù hợp',
  'matching.related.title': 'Tin liên quan',
  'matching.needs.title': 'Nhu cầu phù hợp với chào bán của bạn',
  'matching.needs.intro': 'Nhu cầu công nghệ đã công bố trên sàn mà các chào bán đang hiển thị của tổ chức có thể đáp ứng, mới nhất trước.',
  'matching.needs.none': 'Chưa có nhu cầu nào phù hợp với các chào bán đang hiển thị của tổ chức.',
  'matching.needs.link': 'Nhu cầu phù hợp với chào bán',
  'matching.needs.forOffer': 'Phù hợp với: {title}',
  'matching.needs.found': 'Tìm thấy ngày {date}',
} as const;
