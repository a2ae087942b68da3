/**
 * doum's built-in vocabulary of Korean help centres: the words visitors type and the words help
 * pages use for the same thing, as synonym rules (the shape of content/synonyms.yaml). Merged with
 * the writers' rules at build time (src/data/synonyms.ts); nothing here is tied to one product.
 *
 * How a rule matches (src/lib/search/synonyms.ts): every phrase is cut to its stem (바꾸다 → 바꾸,
 * 돌려받기 → 돌려), a typed word matches a phrase word when it is that stem plus any particle or
 * ending (바꾸려면, 돌려받으려면), and a page is in the group when it has a word starting with the
 * stem of each word of one phrase. `same` rules work both ways, `from`/`to` rules one way.
 *
 * `matches` and `not` are test cases (tests/unit/help-vocabulary.test.ts): typed words that must
 * trigger the rule, and close words that must not.
 */
export interface VocabularyRule {
  same?: string[];
  from?: string[];
  to?: string[];
  /** Typed words (one query word each, or a short phrase) that must trigger the rule. */
  matches: string[];
  /** Words that look close but must not trigger it. */
  not: string[];
}

/**
 * 1. Everyday verbs → the Sino-Korean nouns help pages use. Mostly one way: a visitor's 바꾸려면 also
 * finds pages about 변경, while a search for 변경 is not widened to every page that says 바꾸.
 * Verbs are listed by the stems a typed form can be cut back to: irregular and contracted stems
 * (바꿔, 껐, 만드) are listed next to the dictionary form, because 바꿔요 is not 바꾸 + an ending.
 * One-syllable stems are listed bare only where no other common word starts with them (끄, 켜, 넣,
 * 찾, 찍); 쓰다, 보다, 받다, 열다, 막다, 끊다, 빼다 and 풀다 appear only in two-syllable forms
 * (써야, 보려, 막혔 …) or inside a phrase (돈 빼, 잠금 풀), since 쓰, 보, 받, 열, 막, 끊, 빼 and 풀
 * start 쓰레기, 보안, 열람, 막대, 끊김, 빼고 and 풀이. 나가다 (돈이 나가다 = charged), 내리다
 * (내림차순), 잇다 (이어폰) and bare 받다 are left out.
 */
const VERBS: VocabularyRule[] = [
  { same: ['삭제', '제거', '지우다', '지워', '지워주', '지워졌', '없애다', 'delete', 'remove'], matches: ['delete', 'remove', '지우는', '지우려면', '지워요', '지워주세요', '지워졌어요', '없애고', '제거하려면', '삭제하기'], not: ['지우개', '지역', '제공', '삭감'] },
  { from: ['바꾸다', '바꿔', '바꿨', '바꿔주', '바뀌', '바뀐', '바꼈'], to: ['변경', '수정', '교체'], matches: ['바꾸려면', '바꾸는', '바꿔요', '바꿔주세요', '바꿨는데', '바뀌었어요', '바뀐', '바꼈어요'], not: ['바구니', '바깥', '바코드'] },
  { from: ['고치다', '고쳐', '고쳤', '고쳐주'], to: ['수정', '해결'], matches: ['고치려면', '고치는', '고쳐요', '고쳐주세요', '고쳤는데'], not: ['고객', '고정', '고지서'] },
  { from: ['넣', '넣어주'], to: ['등록', '추가', '입력'], matches: ['넣는', '넣으려면', '넣어요', '넣어주세요', '넣었는데'], not: ['넘기기', '널리'] },
  { from: ['돈 빼', '돈 빼기', '돈 뺐', '돈 꺼내', '현금 빼', '현금 꺼내', '머니 빼', '머니 빼기', '머니 뺐', '잔액 빼', '잔액 빼기', '머니 꺼내', '잔액 꺼내'], to: ['출금', '인출'], matches: ['돈 빼려면', '돈을 빼는', '돈 빼기', '돈 뺐는데', '돈을 꺼내려면', '현금 꺼내는', '머니 빼기', '머니를 빼려면', '잔액 빼는'], not: ['돈', '빼기', '현금', '머니', '잔액'] },
  { from: ['뽑', '뽑아', '뽑았'], to: ['출력', '발급', '인쇄'], matches: ['뽑기', '뽑으려면', '뽑아요', '뽑았는데'], not: ['뽐내기', '볶음'] },
  { from: ['그만두다', '그만뒀', '그만하'], to: ['해지', '탈퇴'], matches: ['그만두려면', '그만두고', '그만뒀어요', '그만하고', '그만하려면'], not: ['그만큼', '그만'] },
  { from: ['끊으', '끊어', '끊었', '끊고', '끊어주'], to: ['해지', '해제'], matches: ['끊으려면', '끊어요', '끊었는데', '끊고', '끊어주세요'], not: ['끊김', '끊겨요'] },
  { from: ['옮기다', '옮겨', '옮겼'], to: ['이동', '이관'], matches: ['옮기려면', '옮기는', '옮겨요', '옮겼는데'], not: ['옮다', '온도'] },
  { from: ['늘리다', '늘려', '늘렸', '늘려주'], to: ['증액', '상향', '확장'], matches: ['늘리려면', '늘리고', '늘려요', '늘려주세요', '늘렸는데', '늘리기'], not: ['늘어나요', '늘'] },
  { from: ['올리다', '올려', '올렸', '올려주'], to: ['업로드', '상향', '증액'], matches: ['올리는', '올리려면', '올려요', '올렸는데', '올려주세요'], not: ['올해', '올바른', '올림'] },
  { from: ['줄이', '줄여'], to: ['감액', '하향', '축소'], matches: ['줄이려면', '줄이는', '줄여요', '줄여도'], not: ['줄바꿈', '줄임말', '줄'] },
  { from: ['켜', '켜기', '켜주', '켜져', '켰'], to: ['활성화', '설정'], matches: ['켜는', '켜려면', '켜요', '켜기', '켜주세요', '켜져요', '켰는데'], not: ['켜켜이', '커서'] },
  { from: ['끄', '끄기', '꺼요', '꺼주', '껐'], to: ['해제', '비활성화', '설정'], matches: ['끄는', '끄려면', '끄고', '끄기', '꺼요', '꺼주세요', '껐는데'], not: ['꺼내기', '끄덕', '꺼져요'] },
  { from: ['쓰려', '써야', '써도', '쓰기', '쓰는'], to: ['사용', '작성'], matches: ['쓰려면', '쓰려고', '써야', '써야해요', '써도', '쓰기', '쓰는'], not: ['쓰레기', '쓰임', '쓰러졌어요'] },
  { from: ['만들다', '만드', '만든', '만들어주'], to: ['생성', '개설', '가입'], matches: ['만들려면', '만드는', '만드나요', '만든', '만들었는데', '만들어요', '만들어주세요'], not: ['만료', '만족', '만남'] },
  { from: ['들어오', '들어와', '들어왔'], to: ['입금', '적립', '지급'], matches: ['들어오나요', '들어오면', '들어와요', '들어왔는데'], not: ['들어가요', '들어요'] },
  { from: ['보내다', '보냈', '보내주'], to: ['발송', '전송', '송금'], matches: ['보내려면', '보내는', '보내요', '보냈는데', '보내주세요'], not: ['보안', '보상', '보관'] },
  { from: ['찾', '찾기'], to: ['조회', '검색'], matches: ['찾는', '찾으려면', '찾아요', '찾고', '찾기'], not: ['찾아가는', '착오', '차단'] },
  { from: ['보려', '봐야'], to: ['조회', '확인'], matches: ['보려면', '보려고', '봐야', '봐야하나요'], not: ['보안', '보상', '보험'] },
  { from: ['보여', '안보여', '안 보여'], to: ['표시', '노출', '조회'], matches: ['보여요', '보여야', '안보여요', '안 보여요'], not: ['보이스피싱', '보유'] },
  { same: ['불러오다', '불러와', '불러왔', '가져오다', '가져와', '가져왔'], matches: ['불러오기', '불러오려면', '불러와요', '가져오는', '가져오기', '가져왔는데'], not: ['불러', '가져', '불러내'] },
  { same: ['복구', '복원', '되돌리다', '되돌려', '되살리다', '되살려'], matches: ['복구하려면', '복원', '되돌리려면', '되돌려요', '되살리는', '되살려요'], not: ['복귀', '복사', '되돌아가기'] },
  { from: ['살리다', '살려', '살렸'], to: ['복구', '복원', '휴면 해제'], matches: ['살리려면', '살리는', '살려요', '살렸는데'], not: ['살림', '살펴보기'] },
  { from: ['막으', '막아', '막았', '막고', '막혀', '막혔', '막힘'], to: ['차단', '제한', '정지'], matches: ['막으려면', '막아요', '막고', '막혀요', '막혔어요', '막힘'], not: ['막대', '막상', '막'] },
  { same: ['잠금', '잠그다', '잠가', '잠갔', '잠기다', '잠겨', '잠겼', 'lock'], matches: ['잠그는', '잠그려면', '잠가요', '잠갔는데', '잠겼어요', '잠겨요', '잠금을', 'lock'], not: ['잠시', '잠깐', 'log'] },
  { from: ['풀려', '풀어', '풀어주', '풀고', '풀리', '풀렸', '잠금 풀', '잠금 푸'], to: ['해제', '잠금 해제'], matches: ['풀려면', '풀어요', '풀어주세요', '풀렸어요', '풀리나요', '잠금 푸는', '잠금을 풀려면'], not: ['풀이', '풀필먼트'] },
  { from: ['사려', '샀'], to: ['구매', '구입', '주문'], matches: ['사려면', '사려고', '샀는데', '샀어요'], not: ['사례', '사진', '사용'] },
  { from: ['기다리다', '기다려', '기다렸'], to: ['대기', '소요'], matches: ['기다리는', '기다려야', '기다려요', '기다렸는데'], not: ['기대', '기다란'] },
  { from: ['돌려받', '돌려주', '돌려줘'], to: ['환불', '반환'], matches: ['돌려받으려면', '돌려받는', '돌려주세요', '돌려줘요'], not: ['돌려요', '돌아가요'] },
  { from: ['나누다', '나눠', '나눴'], to: ['분할', '할부'], matches: ['나누려면', '나누는', '나눠요', '나눴는데'], not: ['나중', '나눔'] },
  { from: ['늦어', '늦게', '늦었'], to: ['지연'], matches: ['늦어요', '늦어도', '늦게', '늦었는데'], not: ['늦잠', '느낌'] },
  { from: ['틀리다', '틀려', '틀렸'], to: ['불일치', '오류'], matches: ['틀려요', '틀렸어요', '틀리는', '틀리면'], not: ['틀어요', '트리'] },
  { from: ['잊어버리다', '잊어버렸', '잊어버린', '잊었', '까먹', '깜빡'], to: ['분실', '찾기', '재설정'], matches: ['잊어버렸어요', '잊어버린', '잊어버리면', '잊었어요', '까먹었어요', '까먹은', '깜빡했어요'], not: ['잊지', '깜짝', '까다로운'] },
  { from: ['잃어버리다', '잃어버렸', '잃어버린', '잃었'], to: ['분실'], matches: ['잃어버렸어요', '잃어버린', '잃어버리면', '잃었어요'], not: ['읽어요', '일어나요'] },
  { from: ['사라지다', '사라졌', '사라져', '없어졌', '없어지다'], to: ['소멸', '삭제', '만료'], matches: ['사라졌어요', '사라져요', '사라지는', '없어졌어요', '없어지나요'], not: ['없어요', '사랑'] },
  { from: ['끝나', '끝났', '끝난'], to: ['만료', '종료'], matches: ['끝나면', '끝나나요', '끝났어요', '끝난'], not: ['끝', '끝내기'] },
  { from: ['모으', '모아', '모았', '쌓이', '쌓여'], to: ['적립'], matches: ['모으려면', '모으는', '모아요', '쌓이나요', '쌓여요', '쌓이는'], not: ['모임', '모양', '모바일'] },
  { from: ['열려', '열리', '열어', '열었', '열어주'], to: ['실행', '접속', '개설'], matches: ['열려요', '열리나요', '열어요', '열었는데', '열어주세요'], not: ['열람', '열심히', '열'] },
  { from: ['닫으', '닫아', '닫았', '닫고'], to: ['해지', '종료'], matches: ['닫으려면', '닫아요', '닫았는데', '닫고'], not: ['단계', '다음'] },
  { from: ['냈', '내야'], to: ['납부', '결제'], matches: ['냈는데', '냈어요', '내야', '내야하나요'], not: ['내역', '내용'] },
  { from: ['찍'], to: ['촬영', '스캔', '캡처'], matches: ['찍는', '찍으려면', '찍어요', '찍었는데'], not: ['찌개', '찍찍이'] },
  { from: ['멈추', '멈춰', '멈췄', '멈춤'], to: ['중지', '일시정지', '오류'], matches: ['멈추려면', '멈춰요', '멈췄어요', '멈춤'], not: ['멀티', '먼저'] },
  { from: ['들어가져', '들어가지', '안들어가'], to: ['접속', '로그인'], matches: ['들어가져요', '들어가지나요', '안들어가요'], not: ['들어가요', '들어오세요'] },
  { from: ['튕겨', '튕기', '튕김', '튕겼', 'crash', 'crashes', 'crashed', '크래시', '크래쉬'], to: ['오류', '강제 종료', '비정상 종료'], matches: ['튕겨요', '튕기는', '튕김', '튕겼어요', 'crash', '크래시'], not: ['튜토리얼', '통계'] },
  { from: ['버그', 'bug', 'bugs'], to: ['오류'], matches: ['버그', '버그가', 'bug'], not: ['버전', '버튼'] },
  { from: ['느려', '느리', '버벅', '렉', 'lag'], to: ['속도', '지연'], matches: ['느려요', '느리게', '버벅', '렉이', 'lag'], not: ['느낌', '렌탈', 'language'] },
  { from: ['깔아', '깔았', '깔려', '깔고'], to: ['설치'], matches: ['깔아요', '깔았는데', '깔려면', '깔고'], not: ['깔끔', '깔끔하게'] },
  { from: ['물어보', '물어봐', '물어볼'], to: ['문의', '고객센터'], matches: ['물어보려면', '물어보고', '물어봐요', '물어볼'], not: ['물건', '물류'] },
  { from: ['빠져나가', '빠져나갔', '빠져나간'], to: ['결제', '출금', '청구'], matches: ['빠져나가요', '빠져나갔어요', '빠져나간'], not: ['빠른', '빠짐'] },
  { from: ['망가지', '망가졌', '부서졌', '부서진'], to: ['파손', '불량', '고장'], matches: ['망가졌어요', '망가지면', '부서졌어요', '부서진'], not: ['망고', '부서'] },
];

/**
 * 2. Everyday words and complaints → the words of the page that answers them (one way: a page
 * about 한도 answers "최대 얼마", but a search for 한도 should not bring every page saying 최대).
 * 언제 is left out: it is a question of when (intents.ts), never a word to find, and 언제든지 is on
 * countless pages.
 */
const EVERYDAY: VocabularyRule[] = [
  { from: ['돈', '값', '가격', '비싸'], to: ['요금', '비용', '금액', '수수료'], matches: ['돈이', '돈을', '값이', '가격', '가격은', '비싸요'], not: ['돈가스', '값진', '가게'] },
  { from: ['얼마'], to: ['요금', '비용', '금액', '가격'], matches: ['얼마', '얼마예요', '얼마인가요'], not: ['얼마전', '얼른'] },
  { from: ['최대', '상한', '제한', '최대치'], to: ['한도'], matches: ['최대', '상한', '제한이', '최대치'], not: ['최근', '제휴', '상품'] },
  { from: ['안됨', '안되', '안돼', '안 됨', '먹통', '작동 안', '작동안'], to: ['오류', '실패'], matches: ['안됨', '안되요', '안되는', '안돼요', '안 됨', '먹통', '작동 안', '작동안해요'], not: ['안내', '안전', '안드로이드'] },
  { from: ['며칠', '몇일', '얼마나 걸려', '얼마나 걸리', '걸리는 시간', '얼마나 기다려', '얼마나 기다리'], to: ['기간', '소요', '일정'], matches: ['며칠', '며칠이나', '몇일', '얼마나 걸려요', '얼마나 걸리나요', '걸리는 시간', '얼마나 기다려야'], not: ['몇', '얼마나', '걸레'] },
  { from: ['끊김', '끊겨', '끊겼'], to: ['연결 오류', '접속 오류', '네트워크'], matches: ['끊김', '끊김이', '끊겨요', '끊겼어요'], not: ['끊으려면', '끈'] },
  { from: ['남은 돈', '남은돈', '남은 금액'], to: ['잔액', '잔고'], matches: ['남은 돈', '남은돈', '남은 금액은'], not: ['남은', '남기기'] },
  { from: ['고장', '고장나', '고장났'], to: ['오류', '수리', '불량'], matches: ['고장', '고장이', '고장나면', '고장났어요'], not: ['고정', '고지'] },
  { from: ['안와', '안왔'], to: ['미수신', '미도착', '지연'], matches: ['안와요', '안와', '안왔어요'], not: ['안내', '안녕'] },
  { from: ['카드값'], to: ['카드 대금', '결제 대금', '청구'], matches: ['카드값', '카드값이'], not: ['카드', '카드사'] },
  { from: ['회원정보', '회원 정보', '내정보'], to: ['개인정보', '프로필'], matches: ['회원정보', '회원 정보', '내정보', '회원정보를'], not: ['회원', '회원가입'] },
  { from: ['매달 결제', '매월 결제', '매달 빠져나가', '매월 빠져나가'], to: ['정기결제', '자동결제', '구독'], matches: ['매달 결제', '매월 결제되는', '매달 결제돼요', '매달 빠져나가요'], not: ['매장 결제', '결제'] },
  { from: ['주말', '공휴일', '휴일', '연휴'], to: ['영업일', '휴무', '운영시간'], matches: ['주말에도', '공휴일', '휴일에', '연휴에는'], not: ['주문', '휴면', '휴대폰'] },
  { from: ['사기', '사기당'], to: ['피싱', '스미싱', '도용'], matches: ['사기', '사기당했어요', '사기를'], not: ['사진', '사용'] },
  { from: ['모르는 결제', '모르는 출금', '모르는 로그인'], to: ['부정 결제', '도용', '해킹'], matches: ['모르는 결제', '모르는 결제가', '모르는 로그인'], not: ['모르는', '모바일 결제'] },
  { from: ['깨져', '깨짐', '깨졌'], to: ['오류', '표시 오류', '파손'], matches: ['깨져요', '깨짐', '깨졌어요'], not: ['깨끗', '깨달'] },
  { from: ['이사'], to: ['주소 변경', '배송지 변경', '주소지 변경'], matches: ['이사', '이사했어요', '이사를'], not: ['이상', '이미지'] },
  { from: ['폰 바꾸', '폰 바꿨', '휴대폰 바꾸', '휴대폰 바꿨', '핸드폰 바꾸', '핸드폰 바꿨', '기기 바꾸', '기기 바꿨'], to: ['기기 변경', '기기 등록', '휴대폰 변경'], matches: ['폰 바꿨어요', '휴대폰 바꾸면', '핸드폰을 바꿨는데', '기기 바꾸려면'], not: ['폰', '휴대폰 번호'] },
  { from: ['광고 문자', '광고 메일', '광고 알림', '광고 전화'], to: ['마케팅 수신', '수신 거부', '스팸'], matches: ['광고 문자', '광고 메일이', '광고 알림'], not: ['광고', '광고주'] },
  { from: ['잘못 결제', '잘못 주문', '실수로 결제', '실수로 주문'], to: ['취소', '환불'], matches: ['잘못 결제했어요', '실수로 주문했는데', '잘못 주문'], not: ['잘못', '결제'] },
  { from: ['top up', 'topup', 'recharge'], to: ['충전'], matches: ['top up', 'topup', 'recharge'], not: ['top', 'up', 'charge'] },
  { from: ['충전', '충전금'], to: ['입금', '예치금'], matches: ['충전', '충전하려면', '충전금'], not: ['충분', '충돌'] },
  { from: ['결재'], to: ['결제'], matches: ['결재', '결재했는데', '결재가'], not: ['결정', '결과'] },
  { from: ['상담', '상담원 연결', '상담사 연결', '상담 연결'], to: ['고객센터', '문의'], matches: ['상담', '상담하려면', '상담원 연결', '상담사 연결'], not: ['상품', '상세'] },
  { from: ['지문', '지문 인증', '지문인증', '얼굴 인식', '안면 인식', '안면인식'], to: ['생체인증', '생체 인증'], matches: ['지문', '지문 인증', '지문인증', '얼굴 인식', '안면인식'], not: ['지불', '지점'] },
  { from: ['계정 삭제', '계정 지우', '계정 없애'], to: ['탈퇴', '회원탈퇴'], matches: ['계정 삭제', '계정을 삭제하려면', '계정 지우는', '계정을 없애고'], not: ['계정', '삭제'] },
  { from: ['편집', 'edit'], to: ['수정'], matches: ['편집', '편집하려면', 'edit'], not: ['편리', '편의점', 'editor'] },
];

/**
 * 3. Korean ↔ English and Konglish. Latin words are matched whole (a typed "logins" is not "login"),
 * so plural forms people type are listed; on the page side they are prefixes like any other.
 * 탈퇴 gets no English: "withdraw" is as often 출금.
 */
const ENGLISH: VocabularyRule[] = [
  { same: ['로그인', 'login', 'log in', '로긴'], matches: ['로그인', '로그인이', '로그인하려면', 'login', 'log in', '로긴'], not: ['로그', '로고', 'logo'] },
  { same: ['리디렉션', '리다이렉션', '리디렉트', '리다이렉트', 'redirect', 'redirects', 'redirection'], matches: ['리디렉션', '리다이렉트', '리다이렉트하려면', 'redirect'], not: ['리뷰', '리셋'] },
  { same: ['프런트매터', '프론트매터', 'frontmatter', 'front matter'], matches: ['프런트매터', '프론트매터', '프론트매터에', 'frontmatter'], not: ['프런트', '매터'] },
  { same: ['프런트엔드', '프론트엔드', 'frontend', 'front end'], matches: ['프런트엔드', '프론트엔드', 'frontend'], not: ['프런트', '엔드'] },
  { same: ['단위 테스트', '유닛 테스트', '유닛테스트', 'unit test', 'unit tests', 'unit testing'], matches: ['단위 테스트', '유닛 테스트', '유닛테스트', 'unit test'], not: ['테스트', '단위'] },
  { same: ['타입 검사', '타입 체크', '타입체크', '형식 검사', 'type check', 'typecheck', 'type checking'], matches: ['타입 검사', '타입 체크', '타입체크', 'typecheck'], not: ['타입', '체크'] },
  { same: ['ssr', '서버 사이드 렌더링', '서버측 렌더링', '온디맨드 렌더링', '요청 시 렌더링', 'server-side rendering', 'on-demand rendering'], matches: ['SSR', '서버 사이드 렌더링', '온디맨드 렌더링', '요청 시 렌더링'], not: ['렌더링', '서버', 'ssg'] },
  { same: ['ssg', '정적 사이트 생성', '정적 생성', '사전 렌더링', '프리렌더링', 'static site generation'], matches: ['SSG', '정적 사이트 생성', '사전 렌더링', '프리렌더링'], not: ['정적', '렌더링', 'ssr'] },
  { same: ['다국어', '국제화', 'i18n', '여러 언어', 'multilingual'], matches: ['다국어', '다국어로', '국제화', 'i18n', '여러 언어로', 'multilingual'], not: ['국제', '언어', '다국적'] },
  { same: ['로그아웃', 'logout', 'log out'], matches: ['로그아웃', '로그아웃하면', 'logout', 'log out'], not: ['로그', 'logo'] },
  { same: ['비밀번호', 'password', '패스워드', '비번'], matches: ['비밀번호를', 'password', '패스워드', '비번이'], not: ['비밀', '비용'] },
  { same: ['아이디', 'id'], matches: ['아이디를', 'id', '아이디가'], not: ['아이', '아이콘', 'idea'] },
  { same: ['이메일', 'email', 'e mail', '메일', 'mail', '전자우편'], matches: ['이메일로', 'email', 'e-mail', '메일이', 'mail', '전자우편'], not: ['메인', '메모'] },
  { same: ['앱', 'app', '어플', '애플리케이션', '어플리케이션'], matches: ['앱', '앱에서', 'app', '어플', '어플이', '애플리케이션'], not: ['앨범', '애플', 'apple'] },
  { same: ['알림', '알람', 'notification', 'notifications', '푸시'], matches: ['알림', '알림이', '알람', 'notification', '푸시'], not: ['알리바바', '알약', '푸드'] },
  { same: ['오류', '에러', 'error', '실패'], matches: ['오류가', '에러', '에러가', 'error', '실패했어요'], not: ['오른쪽', '에어컨'] },
  { same: ['코드', 'code'], matches: ['코드', '코드를', 'code'], not: ['코스', '코인'] },
  { same: ['쿠폰', 'coupon', '할인권'], matches: ['쿠폰', '쿠폰을', 'coupon', '할인권'], not: ['쿠키'] },
  { same: ['포인트', 'point', 'points', '적립금', '마일리지'], matches: ['포인트', '포인트가', 'point', '적립금', '마일리지'], not: ['포장', '포기'] },
  { same: ['환불', 'refund'], matches: ['환불', '환불받으려면', 'refund'], not: ['환율', '환경'] },
  { same: ['결제', 'payment', 'pay', '페이먼트'], matches: ['결제', '결제하려면', 'payment', 'pay'], not: ['결정', '결과', '페이지'] },
  { same: ['카드', 'card'], matches: ['카드', '카드로', 'card'], not: ['카메라', '카페'] },
  { same: ['계정', 'account', '어카운트'], matches: ['계정', '계정이', 'account'], not: ['계좌', '계속'] },
  { same: ['설정', 'setting', 'settings', '세팅', '환경설정'], matches: ['설정', '설정에서', 'setting', 'settings', '세팅', '환경설정'], not: ['설치', '설명'] },
  { same: ['업데이트', 'update', 'updates', '업뎃', '최신 버전', '최신버전'], matches: ['업데이트', '업데이트하려면', 'update', '업뎃', '최신 버전', '최신버전으로'], not: ['업무', '업체'] },
  { same: ['다운로드', 'download', '다운받', '내려받'], matches: ['다운로드', 'download', '다운받는', '다운받으려면', '내려받으려면'], not: ['다운그레이드', '다음'] },
  { same: ['업로드', 'upload'], matches: ['업로드', '업로드하려면', 'upload'], not: ['업무', '업그레이드'] },
  { same: ['인증', 'verification', 'verify', 'authentication'], matches: ['인증', '인증하려면', 'verification', 'verify'], not: ['인상', '인쇄'] },
  { same: ['주소', 'address'], matches: ['주소', '주소를', 'address'], not: ['주문', '주의'] },
  { same: ['배송', 'delivery', 'shipping', '택배', '배달'], matches: ['배송', '배송이', 'delivery', 'shipping', '택배', '택배가', '배달'], not: ['배너', '배경'] },
  { same: ['주문', 'order', 'orders', '오더'], matches: ['주문', '주문하려면', 'order', '오더'], not: ['주소', '주의'] },
  { same: ['취소', 'cancel', 'cancellation', '캔슬'], matches: ['취소', '취소하려면', 'cancel', 'cancellation', '캔슬'], not: ['취향', '취업'] },
  { same: ['반품', 'return', 'returns', '리턴'], matches: ['반품', '반품하려면', 'return', '리턴'], not: ['반값', '반영'] },
  { same: ['등록', 'register', 'registration'], matches: ['등록', '등록하려면', 'register', 'registration'], not: ['등급', '등산'] },
  { same: ['검색', 'search'], matches: ['검색', '검색이', 'search'], not: ['검사', '검토'] },
  { same: ['수수료', 'fee', 'fees', 'commission'], matches: ['수수료', '수수료가', 'fee', 'fees', 'commission'], not: ['수수께끼', '수정'] },
  { same: ['한도', 'limit', 'limits'], matches: ['한도', '한도가', 'limit', 'limits'], not: ['한국', '한번'] },
  { same: ['부가세', '부가가치세', 'vat'], matches: ['부가세', '부가세는', '부가가치세', 'vat'], not: ['부가', '부과'] },
  { same: ['은행', 'bank'], matches: ['은행', '은행에서', 'bank'], not: ['은퇴', '은근'] },
  { same: ['판매자', '셀러', 'seller', '판매처'], matches: ['판매자', '판매자에게', '셀러', 'seller', '판매처'], not: ['판매', '판단'] },
  { same: ['재입고', 'restock', '재입고 알림'], matches: ['재입고', '재입고되면', 'restock'], not: ['재고', '입고'] },
  { same: ['관세', 'customs', '통관'], matches: ['관세', '관세는', 'customs', '통관'], not: ['관심', '관리'] },
  { same: ['해외', 'overseas', '글로벌', 'global'], matches: ['해외', '해외로', 'overseas', '글로벌', 'global'], not: ['해지', '해결'] },
  { same: ['현금', 'cash'], matches: ['현금', '현금으로', 'cash'], not: ['현재', '현장'] },
  { same: ['해킹', 'hack', 'hacked', 'hacking'], matches: ['해킹', '해킹을', 'hacked', 'hacking'], not: ['해지', '해결'] },
  { same: ['스팸', 'spam'], matches: ['스팸', '스팸으로', 'spam'], not: ['스펙', '스탬프'] },
  { same: ['상태', 'status'], matches: ['상태', '상태가', 'status'], not: ['상품', '상담'] },
  { same: ['옵션', 'option', 'options'], matches: ['옵션', '옵션을', 'option', 'options'], not: ['오션', '옵저버'] },
  { same: ['사이즈', 'size'], matches: ['사이즈', '사이즈를', 'size'], not: ['사이트', '사이'] },
  { same: ['색상', '색깔', '컬러', 'color', 'colour'], matches: ['색상', '색깔', '컬러', 'color', 'colour'], not: ['색인', '검색'] },
  { same: ['교환', 'exchange'], matches: ['교환', '교환하려면', 'exchange'], not: ['교육', '교통'] },
  { same: ['리뷰', 'review', 'reviews', '후기', '상품평', '구매평'], matches: ['리뷰', '리뷰를', 'review', '후기', '후기를', '상품평'], not: ['리스트', '후불'] },
  { same: ['문의', 'inquiry', 'inquiries', 'contact'], matches: ['문의', '문의하려면', 'inquiry', 'contact'], not: ['문서', '문자'] },
  { same: ['고객센터', '고객 센터', '고객지원', 'cs 센터', '헬프센터', 'help center', 'customer service'], matches: ['고객센터', '고객센터에', '고객 센터', '고객지원', 'cs센터', 'help center'], not: ['고객', '센터'] },
  { same: ['회원가입', '회원 가입', '가입', 'sign up', 'signup'], matches: ['회원가입', '회원가입하려면', '가입', '가입하려면', 'sign up', 'signup'], not: ['가입자', '가장'] },
  { same: ['탈퇴', '회원탈퇴', '회원 탈퇴'], matches: ['탈퇴', '탈퇴하려면', '회원탈퇴', '회원 탈퇴', '회원 탈퇴하려면'], not: ['탈출', '탈모'] },
  { same: ['qr', 'qr 코드', '큐알', '큐알코드'], matches: ['qr', 'qr코드', 'QR 코드', '큐알', '큐알코드'], not: ['큐레이션', '큐브'] },
  { same: ['otp', '일회용 비밀번호', '일회용비밀번호'], matches: ['otp', 'OTP', '일회용 비밀번호', '일회용비밀번호'], not: ['일회용', 'ott'] },
  { same: ['링크', 'link', 'url', '링크 주소', 'url 주소'], matches: ['링크', '링크를', 'link', 'url', 'URL 주소', '링크 주소'], not: ['링거', '링'] },
  { same: ['파일', 'file', 'files'], matches: ['파일', '파일을', 'file', 'files'], not: ['파이', '파티'] },
  { same: ['사진', '이미지', 'photo', 'image', 'picture'], matches: ['사진', '사진을', '이미지', 'photo', 'image'], not: ['사진관', '이미', '사전'] },
  { same: ['메시지', '메세지', 'message', 'messages'], matches: ['메시지', '메시지가', '메세지', 'message'], not: ['메뉴', '메인'] },
  { same: ['문자', '문자 메시지', '문자메시지', 'sms', 'mms'], matches: ['문자', '문자가', '문자 메시지', 'sms'], not: ['문제', '문의'] },
  { same: ['채팅', 'chat', '채팅방', '대화방'], matches: ['채팅', '채팅이', 'chat', '채팅방', '대화방'], not: ['채널', '채용'] },
  { same: ['프로필', 'profile', '프사', '프로필 사진'], matches: ['프로필', '프로필을', 'profile', '프사', '프로필 사진'], not: ['프로그램', '프린트'] },
  { same: ['구독', 'subscription', 'subscribe'], matches: ['구독', '구독하려면', 'subscription', 'subscribe'], not: ['구매', '구성'] },
  { same: ['멤버십', '멤버쉽', 'membership'], matches: ['멤버십', '멤버쉽', 'membership'], not: ['멤버', '멘트'] },
  { same: ['장바구니', 'cart', '카트'], matches: ['장바구니', '장바구니에', 'cart', '카트'], not: ['장소', '카테고리'] },
  { same: ['찜', '위시리스트', 'wishlist', '관심상품', '관심 상품'], matches: ['찜', '찜한', '위시리스트', 'wishlist', '관심상품'], not: ['찜질방', '관심'] },
  { same: ['예약', 'reservation', 'booking', '부킹'], matches: ['예약', '예약하려면', 'reservation', 'booking'], not: ['예전', '예시'] },
  { same: ['설치', 'install', '인스톨'], matches: ['설치', '설치하려면', 'install', '인스톨'], not: ['설정', '설명'] },
  { same: ['초기화', 'reset', '리셋'], matches: ['초기화', '초기화하려면', 'reset', '리셋'], not: ['초기', '초대'] },
  { same: ['재시작', '재부팅', 'restart', 'reboot', '껐다 켜'], matches: ['재시작', '재부팅', 'restart', 'reboot', '껐다 켜도', '껐다 켜면'], not: ['재시도', '재가입'] },
  { same: ['새로고침', '새로 고침', 'refresh', 'f5'], matches: ['새로고침', '새로고침해도', '새로 고침', 'refresh', 'f5'], not: ['새로운', '새벽'] },
  { same: ['권한', 'permission', 'permissions'], matches: ['권한', '권한이', 'permission', 'permissions'], not: ['권리', '권장'] },
  { same: ['위치', 'location', 'gps', '위치정보', '위치 정보'], matches: ['위치', '위치가', 'location', 'gps', '위치정보', '위치 정보'], not: ['위험', '위반'] },
  { same: ['와이파이', 'wifi', 'wi fi', '무선 인터넷', '무선인터넷', '무선랜'], matches: ['와이파이', '와이파이가', 'wifi', 'wi-fi', '무선 인터넷', '무선랜'], not: ['와인', '무선'] },
  { same: ['스크린샷', 'screenshot', '캡처', '캡쳐', '화면 캡처', '화면캡처'], matches: ['스크린샷', 'screenshot', '캡처', '캡쳐하려면', '화면 캡처', '화면캡처'], not: ['캡슐', '스크롤'] },
  { same: ['다크 모드', '다크모드', 'dark mode', '야간 모드', '야간모드'], matches: ['다크 모드', '다크모드', 'dark mode', '야간 모드', '야간모드로'], not: ['다크', '야간'] },
  { same: ['청구서', '명세서', 'invoice', '인보이스'], matches: ['청구서', '청구서가', '명세서', 'invoice', '인보이스'], not: ['청구', '청소'] },
  { same: ['내역', '이력', 'history'], matches: ['내역', '내역을', '이력', 'history'], not: ['내용', '이름'] },
  { same: ['만료', 'expire', 'expired', 'expiration'], matches: ['만료', '만료되면', 'expire', 'expired', 'expiration'], not: ['만족', '만남'] },
  { same: ['가이드', 'guide', '사용법', '이용법', '이용 가이드', '매뉴얼', 'manual', '설명서', '사용 설명서'], matches: ['가이드', 'guide', '사용법', '이용법', '매뉴얼', '설명서', '사용 설명서'], not: ['가입', '설명'] },
  { same: ['faq', '자주 묻는 질문', '자주묻는질문'], matches: ['faq', 'FAQ', '자주 묻는 질문', '자주묻는질문'], not: ['자주', '질문'] },
  { same: ['공지', '공지사항', 'notice'], matches: ['공지', '공지사항', '공지사항에', 'notice'], not: ['공유', '공짜'] },
  { same: ['약관', '이용약관', '이용 약관', 'terms'], matches: ['약관', '약관에', '이용약관', '이용 약관', 'terms'], not: ['약속', '이용'] },
  { same: ['개인정보처리방침', '개인정보 처리방침', '개인정보 보호정책', 'privacy policy', 'privacy'], matches: ['개인정보처리방침', '개인정보 처리방침', 'privacy policy', 'privacy'], not: ['개인정보', '처리'] },
  { same: ['기기', '디바이스', 'device', 'devices'], matches: ['기기', '기기를', '디바이스', 'device'], not: ['기간', '기능'] },
  { same: ['닉네임', '별명', 'nickname'], matches: ['닉네임', '닉네임을', '별명', 'nickname'], not: ['별점', '닉'] },
  { same: ['이름', '성명', 'name'], matches: ['이름', '이름을', '성명', 'name'], not: ['이륙', '성별', 'names'] },
  { same: ['이벤트', 'event', 'events', '행사', '프로모션', 'promotion'], matches: ['이벤트', '이벤트에', 'event', '행사', '프로모션'], not: ['이메일', '행복'] },
  { same: ['할인', '세일', 'discount'], matches: ['할인', '할인이', '세일', 'discount'], not: ['할부', '세금'] },
  { same: ['상품권', '기프트카드', '기프트 카드', 'gift card', 'giftcard'], matches: ['상품권', '상품권을', '기프트카드', '기프트 카드', 'gift card'], not: ['상품', '상품평'] },
  { same: ['추천인', '추천 코드', '추천코드', '추천인 코드', 'referral', '초대 코드', '초대코드'], matches: ['추천인', '추천인을', '추천 코드', '추천코드', 'referral', '초대 코드'], not: ['추천', '추가'] },
  { same: ['품절', 'sold out', 'soldout', '일시품절'], matches: ['품절', '품절된', 'sold out', '일시품절'], not: ['품질', '품목'] },
  { same: ['마이페이지', '마이 페이지', 'mypage', 'my page'], matches: ['마이페이지', '마이페이지에서', '마이 페이지', 'mypage', 'my page'], not: ['마이크', '마일리지'] },
  { same: ['비회원', '게스트', 'guest'], matches: ['비회원', '비회원으로', '게스트', 'guest'], not: ['비용', '비교'] },
  { same: ['수신 거부', '수신거부', 'unsubscribe'], matches: ['수신 거부', '수신거부', '수신거부하려면', 'unsubscribe'], not: ['수신', '거부'] },
  { same: ['점검', 'maintenance', '서버 점검', '시스템 점검'], matches: ['점검', '점검이', '점검할', 'maintenance', '서버 점검'], not: ['점수', '점포'] },
  { same: ['요금제', '플랜', 'plan', 'plans'], matches: ['요금제', '요금제를', '플랜', 'plan'], not: ['요금', '플레이'] },
  { same: ['첨부', '첨부파일', 'attach', 'attachment'], matches: ['첨부', '첨부하려면', '첨부파일', 'attach', 'attachment'], not: ['첨단', '첫'] },
  { same: ['피싱', '스미싱', '보이스피싱', 'phishing'], matches: ['피싱', '스미싱', '보이스피싱', 'phishing'], not: ['피드백', '피부'] },
  { same: ['연동', '연결', 'connect', 'integration'], matches: ['연동', '연동하려면', '연결', '연결이', 'connect', 'integration'], not: ['연락', '연도'] },
  { same: ['2단계 인증', '2차 인증', '이중 인증', '2fa', 'mfa', '다중 인증'], matches: ['2단계 인증', '2차 인증', '이중 인증', '2fa', 'mfa'], not: ['2단계', '인증'] },
  { same: ['간편 비밀번호', '간편비밀번호', 'pin', '핀번호', 'pin 번호'], matches: ['간편 비밀번호', '간편비밀번호', 'pin', '핀번호', 'PIN 번호'], not: ['간편', '핀'] },
  { same: ['비활성화', 'disable'], matches: ['비활성화', '비활성화하려면', 'disable'], not: ['비밀', '비용'] },
  { same: ['활성화', 'enable'], matches: ['활성화', '활성화하려면', 'enable'], not: ['활동', '활용'] },
];

/**
 * 4. Help-centre nouns and their common variants: other words for the same thing, spacing and
 * frequent misspellings (메세지, 멤버쉽 and 캡쳐 are in the English group above).
 */
const VARIANTS: VocabularyRule[] = [
  { same: ['변경', '수정', 'change', 'modify'], matches: ['change', 'modify', '변경', '변경하려면', '수정', '수정하려면'], not: ['변명', '수수료'] },
  { same: ['휴대폰', '핸드폰', '휴대전화', '스마트폰', '폰', '핸폰'], matches: ['휴대폰', '휴대폰으로', '핸드폰', '휴대전화', '스마트폰', '폰', '폰으로', '핸폰'], not: ['폰트', '휴대', '휴가'] },
  { from: ['물건', '제품', '물품'], to: ['상품'], matches: ['물건', '물건이', '제품', '제품을', '물품'], not: ['물어보', '제보', '상품권'] },
  { same: ['다음 날', '다음날', '익일', '내일'], matches: ['다음 날', '다음날에', '익일', '내일', '내일까지'], not: ['다음', '내용', '익명'] },
  { same: ['휴대폰 결제', '휴대폰결제', '폰결제', '핸드폰 결제', '핸드폰결제', '소액결제', '휴대폰 소액결제'], matches: ['휴대폰 결제', '폰결제', '폰결제로', '핸드폰 결제', '소액결제'], not: ['휴대폰', '결제', '카드 결제'] },
  { same: ['본인인증', '본인 인증', '실명인증', '실명 인증', '본인확인', '신원확인'], matches: ['본인인증', '본인인증이', '본인 인증', '실명인증', '본인확인', '신원확인'], not: ['본인', '실명'] },
  { same: ['비밀번호 찾기', '비밀번호 찾', '비밀번호 재설정', '비밀번호 초기화', '비밀번호 분실', '비번 찾기', '비번 찾'], matches: ['비밀번호 찾기', '비밀번호 찾는', '비밀번호를 찾으려면', '비밀번호 재설정', '비밀번호 초기화', '비번 찾기'], not: ['비밀번호', '비밀번호 변경'] },
  { same: ['아이디 찾기', '아이디 찾', '아이디 분실', 'id 찾기', 'id 찾'], matches: ['아이디 찾기', '아이디 찾는', '아이디를 찾으려면', '아이디 분실', 'ID 찾기'], not: ['아이디', '아이디 변경'] },
  { same: ['배송지', '배송 주소', '배송주소', '수령지', '수령 주소'], matches: ['배송지', '배송지를', '배송 주소', '배송주소', '수령지'], not: ['배송', '배송비'] },
  { same: ['영수증', '증빙', '전표', '매출전표', 'receipt'], matches: ['영수증', '영수증을', '증빙', '전표', '매출전표', 'receipt'], not: ['영상', '전화'] },
  { same: ['할부', '분할 결제', '분할결제', '분할 납부', 'installment'], matches: ['할부', '할부로', '분할 결제', '분할결제', 'installment'], not: ['할인', '분할'] },
  { same: ['잔액', '잔고', '잔여 금액', 'balance'], matches: ['잔액', '잔액이', '잔고', '잔여 금액', 'balance'], not: ['잔디', '잔여'] },
  { same: ['정지', '중지'], matches: ['정지', '정지됐어요', '중지', '중지하려면'], not: ['정보', '중복'] },
  { same: ['휴면', '장기 미사용', '장기미사용', '장기 미접속', '장기 미이용'], matches: ['휴면', '휴면된', '장기 미사용', '장기미사용', '장기 미접속'], not: ['휴대폰', '장기'] },
  { same: ['재발급', '재발행'], matches: ['재발급', '재발급하려면', '재발행'], not: ['재발', '재방문'] },
  { same: ['신청', '접수'], matches: ['신청', '신청하려면', '접수', '접수됐나요'], not: ['신고', '접속'] },
  { same: ['연장', '갱신', 'renew', 'renewal'], matches: ['연장', '연장하려면', '갱신', 'renew', 'renewal'], not: ['연락', '연령'] },
  { same: ['유효기간', '유효 기간', '유효기한', '만료일', '사용기한'], matches: ['유효기간', '유효기간이', '유효 기간', '만료일', '사용기한'], not: ['유효', '사용'] },
  { same: ['중복 결제', '중복결제', '이중 결제', '이중결제', '두번 결제'], matches: ['중복 결제', '중복결제', '이중 결제', '이중결제', '두번 결제됐어요'], not: ['중복', '결제'] },
  { same: ['정기결제', '정기 결제', '자동결제', '자동 결제'], matches: ['정기결제', '정기 결제', '자동결제', '자동 결제를'], not: ['정기', '자동'] },
  { same: ['구매확정', '구매 확정', '수취확인'], matches: ['구매확정', '구매확정하려면', '구매 확정', '수취확인'], not: ['구매', '수취인'] },
  { same: ['배송 조회', '배송조회', '배송 추적', '택배 조회', '택배조회', '운송장', '송장번호', '송장 번호', 'tracking'], matches: ['배송 조회', '배송조회', '배송 추적', '택배 조회', '운송장', '송장번호', 'tracking'], not: ['배송', '송장'] },
  { same: ['배송비', '택배비', '배송료', '배달비'], matches: ['배송비', '배송비가', '택배비', '배송료', '배달비'], not: ['배송', '배달'] },
  { same: ['무료', '공짜', 'free'], matches: ['free', '무료', '무료로', '공짜', '공짜로'], not: ['무릎', '공지'] },
  { same: ['결제수단', '결제 수단', '결제방법', '지불수단', '지불 수단', 'payment method'], matches: ['결제수단', '결제 수단', '결제방법', '지불 수단', 'payment method'], not: ['결제', '지불'] },
  { same: ['송금', '이체', '계좌이체', '계좌 이체', 'transfer', 'remittance'], matches: ['transfer', 'remittance', '송금', '송금하려면', '이체', '계좌이체', '계좌 이체'], not: ['송장', '이제'] },
  { same: ['출금', '인출', 'withdraw', 'withdrawal', 'cash out'], matches: ['출금', '출금하려면', '인출', 'withdraw', 'withdrawal', 'cash out'], not: ['출발', '인증'] },
  { same: ['계좌', '통장'], matches: ['계좌', '계좌를', '통장', '통장으로'], not: ['계정', '통계'] },
  { same: ['민원', '불만', '컴플레인', '클레임', 'complaint'], matches: ['민원', '불만', '컴플레인', '클레임', 'complaint'], not: ['민감', '불편'] },
  { same: ['신고', '제보'], matches: ['신고', '신고하려면', '제보'], not: ['신청', '제품'] },
  { same: ['자동 로그인', '자동로그인', '로그인 유지', '로그인 상태 유지'], matches: ['자동 로그인', '자동로그인', '로그인 유지', '로그인 상태 유지'], not: ['자동', '로그인'] },
  { same: ['위약금', '해지 수수료', '해지수수료', '중도 해지 수수료'], matches: ['위약금', '위약금이', '해지 수수료', '해지수수료', '중도 해지 수수료'], not: ['위치', '해지'] },
  { same: ['글꼴', '폰트', '웹폰트', 'font', 'fonts', 'webfont'], matches: ['글꼴', '폰트', '폰트를', '웹폰트', 'font'], not: ['글자', '폰', '포트'] },
  { same: ['커스텀', '사용자 정의', '사용자 지정', 'custom', '커스터마이즈', '커스터마이징', 'customize'], matches: ['커스텀', '사용자 정의', '사용자 지정', 'custom', '커스터마이징'], not: ['커스', '사용자'] },
  { same: ['글자 크기', '글씨 크기', '글꼴 크기', '폰트 크기', 'font size'], matches: ['글자 크기', '글자 크기를', '글씨 크기', '폰트 크기', 'font size'], not: ['글자', '크기'] },
  { same: ['재설치', 'reinstall'], matches: ['재설치', '재설치하려면', 'reinstall'], not: ['재설정', '설치'] },
  { same: ['파손', '손상'], matches: ['파손', '파손됐어요', '손상'], not: ['파일', '손해'] },
  { same: ['불량', '하자', '불량품'], matches: ['불량', '불량이', '하자', '불량품'], not: ['불만', '하단'] },
  { same: ['구매', '구입'], matches: ['구매', '구매하려면', '구입'], not: ['구독', '구성'] },
  { same: ['임시 비밀번호', '임시비밀번호', '임시 패스워드'], matches: ['임시 비밀번호', '임시비밀번호', '임시 패스워드'], not: ['임시', '비밀번호'] },
  { same: ['세금계산서', '세금 계산서', '전자세금계산서', 'tax invoice'], matches: ['세금계산서', '세금 계산서', '전자세금계산서', 'tax invoice'], not: ['세금', '계산서'] },
  { same: ['주민등록번호', '주민번호', '주민 번호'], matches: ['주민등록번호', '주민번호', '주민 번호'], not: ['주민', '주문번호'] },
  { same: ['공동인증서', '공인인증서', '공동 인증서', '공인 인증서'], matches: ['공동인증서', '공인인증서', '공동 인증서', '공인 인증서'], not: ['공동', '인증서'] },
  { same: ['전화번호', '연락처', '휴대폰 번호', '핸드폰 번호', '폰번호', '폰 번호', '휴대전화 번호', 'phone number'], matches: ['전화번호', '전화번호를', '연락처', '휴대폰 번호', '핸드폰 번호', '폰번호'], not: ['전화', '연락'] },
  { same: ['콜센터', '전화 상담', '전화상담', '대표번호', 'call center'], matches: ['콜센터', '전화 상담', '전화상담', '대표번호', 'call center'], not: ['전화', '대표'] },
  { same: ['채팅 상담', '채팅상담', '실시간 상담', '실시간 채팅'], matches: ['채팅 상담', '채팅상담', '실시간 상담', '실시간 채팅'], not: ['채팅', '실시간'] },
  { same: ['운영시간', '운영 시간', '영업시간', '영업 시간', '상담시간', '상담 시간', '상담 가능 시간', '업무 시간', '업무시간'], matches: ['운영시간', '운영 시간', '영업시간', '상담 시간', '상담 가능 시간', '업무시간'], not: ['운영', '시간'] },
  { same: ['영업일', '평일', 'business day', 'business days'], matches: ['영업일', '영업일로', '평일', '평일에', 'business day'], not: ['영업', '평가'] },
];

export const HELP_VOCABULARY: readonly VocabularyRule[] = [...VERBS, ...EVERYDAY, ...ENGLISH, ...VARIANTS];
