/** Korean UI strings in one place so the site speaks with one voice. */
export const ui = {
  siteName: '도움',
  siteTagline: '누리봇 고객센터',
  siteDescription: '누리봇 관리자센터와 누리톡 비즈니스 채널의 자주 묻는 질문을 찾아보세요.',
  skipToContent: '본문 바로가기',
  searchLabel: '도움말 검색',
  searchPlaceholder: '궁금한 내용을 입력하세요 (예: 환불 계좌)',
  searchButton: '검색',
  searchShortcutHint: '어디서나 / 키를 누르면 검색창으로 이동합니다.',
  home: '홈',
  breadcrumbLabel: '현재 위치',
  servicesHeading: '서비스별 도움말',
  featuredHeading: '자주 묻는 질문',
  recentHeading: '최근 업데이트된 도움말',
  categoriesHeading: '카테고리',
  faqsHeading: '도움말',
  sortLabel: '정렬 기준',
  sortLatest: '최신순',
  sortTitle: '가나다순',
  sortRelevance: '정확도순',
  paginationLabel: '페이지',
  previousPage: '이전',
  nextPage: '다음',
  updatedLabel: '업데이트',
  relatedHeading: '관련 도움말',
  previousFaq: '이전 도움말',
  nextFaq: '다음 도움말',
  tagsLabel: '태그',
  notFoundTitle: '페이지를 찾을 수 없어요',
  notFoundBody: '주소가 바뀌었거나 삭제된 도움말일 수 있습니다. 검색하거나 아래 서비스에서 찾아보세요.',
  contactHeading: '원하는 답을 찾지 못하셨나요?',
  contactBody: '1:1 문의를 남겨 주시면 담당자가 확인 후 답변드립니다.',
  contactLink: '1:1 문의하기',
  footerNote: '도움은 누리봇 고객센터의 예시 도움말 사이트입니다. 모든 내용은 가상의 서비스를 설명합니다.',
  countUnit: '건',
} as const;

/** "총 12건" style count. */
export function countLabel(n: number): string {
  return `${n.toLocaleString('ko-KR')}${ui.countUnit}`;
}
