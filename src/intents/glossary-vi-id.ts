/**
 * Vietnamese and Indonesian glossary. Rewrites the Vietnamese and Indonesian words that carry meaning
 * in a Slack message into English, word for word, so that the English rules and ranker can read a
 * broken-English version of it ("team mình chỉ có 3 người, không cần multi-cluster, nên chọn istio hay
 * linkerd?" -> "team we 3 people, not needed multi-cluster, which would you recommend? istio or
 * linkerd?"). Mesh terms, product names and commands are usually already English and are left alone.
 *
 * Both languages use Latin script, so nothing is deleted after this table: untranslated words stay, and
 * the rows also run over English messages. Therefore:
 * - word edges are (?<![\p{L}\p{M}]) and (?![\p{L}\p{M}]) (JavaScript's \b does not know Vietnamese
 *   letters such as "ầ" or "ư");
 * - no row translates a word that is also an English word or abbreviation on its own ("hay", "can",
 *   "bat", "ban", "doc", "dan", "tim", "data", "pin", "mending", "make"...): such words are only matched
 *   inside a longer phrase, or ("hay", "dan", "sama", "apa") between two mesh names.
 *
 * What a reader should know about the two languages:
 * - The negation comes BEFORE what it negates, as in English: "không cần multi-cluster", "gak perlu
 *   multi-cluster" (no need for multi-cluster); "không muốn sidecar", "gak mau pakai sidecar", "tanpa
 *   sidecar" (no sidecars). These sidecar phrases must run before the bare "không cần" / "gak perlu"
 *   rows. A negation AFTER the noun is a verdict on it: "sidecar không sao", "sidecar gak masalah"
 *   (sidecars are no problem) = ' fine with sidecars ', which runs before both.
 * - Modifiers follow the noun: "team mình" (our team), "node nhỏ" / "node kecil" (small nodes), "tim
 *   kecil" (small team). Question words sit at the end: "ambient là gì?", "itu apa?" (what is),
 *   "cara ... gimana?" (how do I), and Vietnamese yes/no questions end in "... không?".
 * - Vietnamese is often typed without diacritics ("khong can", "nen chon cai nao"); common phrases are
 *   given in both spellings, but short toneless syllables ("co", "de", "ban", "tu") only inside phrases.
 *   Vietnamese text is assumed to be NFC (precomposed letters).
 * - Indonesian in Slack is informal: gak/nggak/ga/gk (not), udah (already), pake (use), gimana (how),
 *   bikin (make), mau (want), aja (just), yg (yang), and ber-N ("kami bertiga") means "the N of us".
 * - "mình" is I/we; "chỉ có mình tôi", "saya sendiri" mean just me; "từ X sang Y", "dari X ke Y" keep the
 *   order of the two mesh names (' moving from X to Y ').
 */
import type { Table } from './glossary-cjk.js';

/** Vietnamese and Indonesian words and phrases to English; longer and more specific phrases first. */
export const VIETNAMESE_INDONESIAN: Table = [
  // ===================================================================== Vietnamese
  // The ask.
  [
    /(?<![\p{L}\p{M}])(?:cái|cai|bên|ben|thằng|thang|lựa chọn|lua chon|phương án|phuong an|giải pháp|giai phap)\s+(?:nào|nao)\s+(?:(?:thì|thi)\s+)?(?:tốt hơn|tot hon|ngon hơn|ngon hon|phù hợp hơn|phu hop hon|hợp hơn|hop hon|ổn hơn|on hon|hay hơn|hay hon)(?![\p{L}\p{M}])/gu,
    ' which would you recommend? ',
  ],
  [
    /(?<![\p{L}\p{M}])(?:nên|nen)\s+(?:chọn|chon|dùng|dung|xài|xai|lấy|lay|sử dụng|su dung|đi với|di voi|theo)\s+(?:(?:cái|cai|bên|ben|thằng|thang|giải pháp|giai phap)\s+)?(?:nào|nao|gì|gi)(?![\p{L}\p{M}])/gu,
    ' which would you recommend? ',
  ],
  [
    /(?<![\p{L}\p{M}])(?:(?:tư vấn|tu van|khuyên|khuyen|gợi ý|goi y|recommend|suggest)\s+(?:giúp|giup|dùm|dum|giùm|gium|hộ|cho)|giúp|giup)\s+(?:(?:mình|minh|tôi|toi|em|chúng tôi|chung toi|tụi mình|tui minh|bọn mình|bon minh|team mình|team minh|bên mình|ben minh)\s+)?(?:chọn|chon|lựa chọn|lua chon|quyết định|quyet dinh|chốt|chot)(?![\p{L}\p{M}])/gu,
    ' which would you recommend? ',
  ],
  [
    /(?<![\p{L}\p{M}])(?:tư vấn|tu van|khuyên|khuyen|gợi ý|goi y|lời khuyên|loi khuyen|theo (?:bạn|các bạn|mọi người|anh em|anh chị|ae|ý bạn|ban|cac ban|moi nguoi|anh chi)|(?:có|co) nên|(?:nên|nen) (?:chọn|chon|dùng|dung|xài|xai|lấy|lay|đi với|di voi))(?![\p{L}\p{M}])/gu,
    ' which would you recommend? ',
  ],
  [
    /(?<![\p{L}\p{M}])(?:chọn|chon|dùng|dung|xài|xai)\s+(?:(?:cái|cai|bên|ben|thằng|thang)\s+)?(?:nào|nao)(?![\p{L}\p{M}])/gu,
    ' which would you recommend? ',
  ],
  [
    /(?<![\p{L}\p{M}])(?:cái|cai|bên|ben|thằng|thang|lựa chọn|lua chon|phương án|phuong an)\s+(?:nào|nao)(?![\p{L}\p{M}])/gu,
    ' which one ',
  ],
  [
    /(?<![\p{L}\p{M}])(?:tốt hơn|tot hon|phù hợp hơn|phu hop hon|hợp hơn|hop hon|ngon hơn|ngon hon|ổn hơn)(?![\p{L}\p{M}])/gu,
    ' better ',
  ],
  [/(?<![\p{L}\p{M}])(?:nên|nen)(?![\p{L}\p{M}])/gu, ' should '],

  // "or", "and", "we".
  [
    /(?<=(?:istio|linkerd|cilium|consul|kuma|ambient|sidecars?|envoy|nginx|traefik|kong|mesh)\s+)(?:hay là|hay la|hoặc là|hoac la|hoặc|hoac|hay)(?=\s+(?:(?:là|la|dùng|dung|xài|xai|chọn|chon)\s+)?(?:istio|linkerd|cilium|consul|kuma|ambient|sidecar|envoy|nginx|traefik|kong|mesh|không|khong|ko))/gu,
    ' or ',
  ],
  [/(?<![\p{L}\p{M}])(?:hoặc là|hoặc|hoac|hay là)(?![\p{L}\p{M}])/gu, ' or '],
  [
    /(?<=(?:istio|linkerd|cilium|consul|kuma|ambient|sidecars?|envoy|nginx|traefik|kong|mesh)\s+)(?:với|voi|va)(?=\s+(?:istio|linkerd|cilium|consul|kuma|ambient|sidecar|envoy|nginx|traefik|kong|mesh))/gu,
    ' and ',
  ],
  [/(?<![\p{L}\p{M}])(?:cùng với|và)(?![\p{L}\p{M}])/gu, ' and '],
  [
    /(?<![\p{L}\p{M}])(?:chúng tôi|chúng ta|chúng mình|bọn tôi|bọn mình|tụi tôi|tụi mình|tụi tui|bên tôi|bên mình|công ty mình|công ty tôi|cty mình|chung toi|chung ta|chung minh|bon toi|bon minh|tui minh|ben minh|ben toi|cong ty minh|cty minh)(?![\p{L}\p{M}])/gu,
    ' we ',
  ],

  // Who runs it.
  [
    /(?<![\p{L}\p{M}])(?:(?:chỉ|chi)\s+(?:có\s+|co\s+)?(?:mỗi\s+|moi\s+)?(?:(?:mình|minh)\s+)?(?:tôi|toi|tui|em)|(?:chỉ|chi)\s+(?:có\s+|co\s+)?(?:mỗi\s+)?mình|(?:có\s+|co\s+)?(?:mỗi|moi)\s+(?:mình|minh)(?:\s+(?:tôi|toi|em))?|(?:một|mot)\s+(?:mình|minh)(?:\s+(?:tôi|toi|em))?)(?:\s+(?:thôi|thoi))?(?![\p{L}\p{M}])/gu,
    ' just me ',
  ],
  [
    /(?<![\p{L}\p{M}\p{N}])(?:(?:chỉ|chi)\s+)?(?:(?:có|co|gồm|gom)\s+)?(\d+|một|mot|hai|ba|bốn|bon|tư|năm|nam|sáu|sau|bảy|bẩy|bay|tám|tam|chín|chin|mười|muoi)(?:(?<=\d)\s*|\s+)(?:người|nguoi|ng|kỹ sư|kĩ sư|ky su|thành viên|thanh vien|anh em|ae|đứa|engineer|ông)(?![\p{L}\p{M}])/gu,
    (_m: string, n: string): string =>
      ` ${({ một: '1', mot: '1', hai: '2', ba: '3', bốn: '4', bon: '4', tư: '4', năm: '5', nam: '5', sáu: '6', sau: '6', bảy: '7', bẩy: '7', bay: '7', tám: '8', tam: '8', chín: '9', chin: '9', mười: '10', muoi: '10' } as Record<string, string>)[n] ?? n} people `,
  ],
  [/(?<![\p{L}\p{M}])(?:team|nhóm|nhom|đội|doi)\s+platform(?![\p{L}\p{M}])/gu, ' platform team '],
  [
    /(?<![\p{L}\p{M}])(?:(?:team|nhóm|nhom|đội|doi)\s+(?:nhỏ|nho|mỏng|ít người|it nguoi)|(?:ít|thiếu|it|thieu)\s+(?:người|nguoi|nhân lực|nhan luc|nhân sự|nhan su)|(?:không|ko|k|khong)\s+(?:đủ|du)\s+(?:người|nguoi|nhân lực|nhan luc)|(?:không|ko|k|khong|chẳng)\s+(?:có\s+|co\s+)?(?:thời gian|thoi gian)|(?:không|ko|khong)\s+(?:ai\s+)?(?:rảnh|ranh))(?![\p{L}\p{M}])/gu,
    ' small team ',
  ],
  [
    /(?<![\p{L}\p{M}])(?:(?:đang\s+)?bận\s+(?:làm\s+)?(?:nhiều\s+)?(?:việc|task|dự án|project)(?:\s+khác)?|ban\s+(?:lam\s+)?(?:nhieu\s+)?viec(?:\s+khac)?|bận rộn|bận)(?![\p{L}\p{M}])/gu,
    ' busy with other work ',
  ],
  [/(?<![\p{L}\p{M}])(?:đội ngũ|doi ngu|nhóm|nhom|đội)(?![\p{L}\p{M}])/gu, ' team '],
  [
    /(?<![\p{L}\p{M}])(?:(?:chưa|không|ko|k|khong|chua|chẳng|thiếu|thieu|ít|it)\s+(?:có\s+|co\s+)?(?:ai\s+(?:có\s+|co\s+)?)?(?:kinh nghiệm|kinh nghiem)|(?:chưa|chua)\s+(?:ai\s+)?(?:từng|tung|bao giờ|bao gio)\s+(?:dùng|dung|xài|xai|chạy|chay|vận hành|van hanh|làm|lam|đụng|triển khai|trien khai)|(?:chưa|chua)\s+ai\s+(?:dùng|dung|xài|xai|chạy|chay|vận hành|van hanh|làm|lam|biết|biet)|(?:chưa|chua)\s+(?:biết|biet)\s+(?:gì|gi)|mới tìm hiểu|moi tim hieu|gà mờ|tay mơ)(?![\p{L}\p{M}])/gu,
    ' no experience ',
  ],
  [/(?<![\p{L}\p{M}])(?:kinh nghiệm|kinh nghiem)(?![\p{L}\p{M}])/gu, ' experience '],
  [
    /(?<![\p{L}\p{M}])(?:gánh nặng(?:\s+vận hành)?|ganh nang(?:\s+van hanh)?|(?:tốn|ton|mất|mat)\s+(?:nhiều\s+|nhieu\s+)?(?:công|cong|sức|suc|công sức|cong suc)\s+(?:vận hành|van hanh|bảo trì|bao tri|quản lý|quan ly)|(?:vận hành|van hanh)\s+(?:cực|cuc|mệt|met|vất vả|vat va|nặng|nang)|khó vận hành|kho van hanh)(?![\p{L}\p{M}])/gu,
    ' operational burden ',
  ],
  [
    /(?<![\p{L}\p{M}])(?:dễ\s+(?:dùng|xài|vận hành|cài|học|quản lý|triển khai)|dễ dàng|de dang|dễ)(?![\p{L}\p{M}])/gu,
    ' easy ',
  ],
  [/(?<![\p{L}\p{M}])(?:đơn giản|don gian|gọn gàng|gon gang)(?![\p{L}\p{M}])/gu, ' simple '],
  [
    /(?<![\p{L}\p{M}])(?:phức tạp|phuc tap|rắc rối|rac roi|lằng nhằng|lang nhang|cồng kềnh|cong kenh|rườm rà|khó)(?![\p{L}\p{M}])/gu,
    ' complex ',
  ],
  [
    /(?<![\p{L}\p{M}])(?:vận hành|van hanh|quản lý(?!\s+truy cập)|quan ly(?!\s+truy cap)|quản trị|quan tri|bảo trì|bao tri|duy trì|duy tri)(?![\p{L}\p{M}])/gu,
    ' operate ',
  ],

  // Rulings.
  [
    /(?<![\p{L}\p{M}])(?:(?:(?:dùng|dung|xài|xai|có|co|chạy|chay)\s+)?sidecars?\s+(?:(?:thì|thi)\s+)?(?:(?:(?:cũng|cung|vẫn|van)\s+)?(?:không sao|ko sao|k sao|khong sao|không vấn đề gì|không vấn đề|khong van de gi|khong van de|không thành vấn đề|khong thanh van de|chấp nhận được|chap nhan duoc)|(?:cũng|cung|vẫn|van)\s+(?:được|duoc|ok|oke|ổn))|(?:không|ko|k|khong|chẳng)\s+(?:ngại|ngai|sợ|phản đối|phan doi|vấn đề gì với|van de gi voi|có vấn đề gì với)\s+(?:(?:dùng|dung|xài|xai|có|co|chạy|chay)\s+)?sidecars?|(?:chấp nhận|chap nhan|ok với|ok voi|oke với|ổn với)\s+(?:(?:dùng|dung|xài|xai|có|co|chạy|chay)\s+)?sidecars?)(?![\p{L}\p{M}])/gu,
    ' fine with sidecars ',
  ],
  [
    /(?<![\p{L}\p{M}])(?:(?:mặc định|mac dinh)\s+(?:là\s+|la\s+)?(?:chặn|từ chối|tu choi|cấm|deny|block)(?:\s+(?:hết|het|tất cả|tat ca|toàn bộ|toan bo))?|(?:chặn|từ chối|tu choi|cấm)\s+(?:(?:hết|het|tất cả|tat ca|toàn bộ|toan bo)\s+)?(?:theo\s+)?(?:mặc định|mac dinh))(?![\p{L}\p{M}])/gu,
    ' deny by default ',
  ],
  [
    /(?<![\p{L}\p{M}])(?:không|ko|k|khong|chẳng|chang)\s+(?:cần\s+|can\s+|phải\s+|phai\s+)?(?:cấu hình|cau hinh|config|thiết lập|thiet lap|viết policy|viet policy|viết chính sách|viet chinh sach|viết rule|viet rule|chỉnh gì|chinh gi)(?:\s+(?:gì cả|gi ca|gì thêm|gi them|gì|gi|thêm|them))?(?![\p{L}\p{M}])/gu,
    ' with no config ',
  ],
  [
    /(?<![\p{L}\p{M}])(?:(?:không|ko|k|khong|kh|chẳng|chang|hông|hong|hok|bỏ|bo|loại bỏ|loai bo|khỏi|khoi)\s+(?:(?:muốn|muon|cần|can|dùng|dung|xài|xai|có|co|chạy|chay|inject|thêm|them|gắn|gan|phải|phai|pod|pods|trong|cho)\s+){0,3}(?:cái\s+|cai\s+|con\s+)?sidecars?|sidecars?\s+(?:(?:thì|thi|là|la)\s+)?(?:không|ko|k|khong|chẳng)\s+(?:cần|can|muốn|muon)(?:\s+(?:thiết|thiet))?)(?![\p{L}\p{M}])/gu,
    ' no sidecars ',
  ],
  [
    /(?<![\p{L}\p{M}])(?:chưa|chua)\s+(?:thật sự\s+|thực sự\s+|that su\s+)?(?:cần|can|muốn|muon)(?:\s+(?:thiết|thiet|lắm|đến|tới))?(?![\p{L}\p{M}])/gu,
    ' not needed for now ',
  ],
  [
    /(?<![\p{L}\p{M}])(?:(?:chưa|chua|không|khong|ko)\s+(?:phải|phai)\s+(?:lúc này|luc nay|bây giờ|bay gio|lúc|luc)|(?:bây giờ|bay gio|giờ|gio|hiện tại|hien tai)\s+(?:(?:thì|thi)\s+)?(?:chưa|chua))(?![\p{L}\p{M}])/gu,
    ' not now ',
  ],
  // A heavy proxy not wanted is the need for a light one: "không muốn proxy nặng".
  [
    /(?<![\p{L}\p{M}])(?:không|ko|khong|chẳng|chang)\s+(?:muốn|muon|thích|thich)\s+(?:(?:dùng|dung|xài|xai|có|co)\s+)?(?:proxy|sidecar|mesh)?\s*(?:quá\s+|qua\s+)?(?:nặng|nang)(?![\p{L}\p{M}])/gu,
    ' lightweight proxy ',
  ],
  [
    /(?<![\p{L}\p{M}])(?:không|ko|k|kh|khong|hông|hong|hok|chẳng|chang|chả|khỏi|khoi)\s+(?:(?:thật sự|that su|thực sự|thuc su)\s+)?(?:cần|can|muốn|muon|dùng tới|dùng đến|xài tới|xài đến|dung toi|dung den|xai toi|xai den)(?:\s+(?:thiết|thiet|lắm|đến|tới))?(?![\p{L}\p{M}])/gu,
    ' not needed ',
  ],
  [
    /(?<![\p{L}\p{M}])(?:hoãn lại|hoãn|hoan lai|để sau|de sau|tính sau|tinh sau|tạm gác(?:\s+lại)?|tam gac(?:\s+lai)?|gác lại|gac lai|dời lại|lùi lại|lui lai|để lúc khác|de luc khac|để khi khác)(?![\p{L}\p{M}])/gu,
    ' deferred ',
  ],
  [
    /(?<![\p{L}\p{M}])(?:(?:đã\s+|da\s+|bị\s+|bi\s+)?(?:từ chối|tu choi|bác bỏ|bac bo|gạt bỏ|gat bo|nói không|noi khong|gạch tên|gach ten)|(?:đã\s+|da\s+)?(?:quyết định|quyet dinh)\s+(?:không|khong|ko)\s+(?:dùng|dung|xài|xai|chọn|chon))(?![\p{L}\p{M}])/gu,
    ' rejected ',
  ],
  [/(?<![\p{L}\p{M}])(?:năm sau|năm tới|sang năm|nam sau|nam toi|sang nam)(?![\p{L}\p{M}])/gu, ' next year '],
  [
    /(?<![\p{L}\p{M}])(?:sau này|sau nay|về sau|ve sau|lúc khác|luc khac|sau đó|tương lai|tuong lai|mai mốt|mai mot|khi khác)(?![\p{L}\p{M}])/gu,
    ' later ',
  ],
  [
    /(?<![\p{L}\p{M}])(?:hiện tại|hien tai|hiện giờ|hien gio|hiện nay|hien nay|bây giờ|bay gio|trước mắt|truoc mat|tạm thời|tam thoi|lúc này|luc nay)(?![\p{L}\p{M}])/gu,
    ' for now ',
  ],
  [
    /(?<![\p{L}\p{M}])(?:đã|da)\s+(?:được\s+|duoc\s+)?(?:xử lý|xu ly|lo|handle|cover|giải quyết|giai quyet|đảm nhận|dam nhan)\s+(?:bởi|boi|bằng|qua)(?![\p{L}\p{M}])/gu,
    ' already handled by ',
  ],
  [
    /(?<![\p{L}\p{M}])(?:đã|da)\s+(?:có|co)\s+([\p{L}\p{N}._-]+)\s+(?:lo|xử lý|xu ly|handle|cover)(?:\s+(?:rồi|roi))?(?![\p{L}\p{M}])/gu,
    ' already handled by $1 ',
  ],
  [
    /(?<![\p{L}\p{M}\p{N}])(?!(?:we|mình|minh|tôi|toi|bên|ben|team|thì|thi)(?![\p{L}\p{M}]))([\p{L}\p{N}._-]+)\s+(?:(?:đã|da)\s+(?:lo|handle|cover|đảm nhận|dam nhan|đảm nhiệm|dam nhiem|có sẵn|co san|hỗ trợ sẵn|ho tro san)(?:\s+(?:hết|het|rồi|roi))?|(?:lo|handle|cover)\s+(?:(?:phần|phan|việc|viec)\s+(?:đó|này|nay)\s+)?(?:rồi|roi))(?![\p{L}\p{M}])/gu,
    ' already handled by $1 ',
  ],
  [
    /(?<![\p{L}\p{M}])(?:(?:đã|da)\s+(?:có|co)(?:\s+(?:sẵn|san))?|(?:có|co)\s+(?:sẵn|san)|sẵn có|sẵn)(?![\p{L}\p{M}])/gu,
    ' already have ',
  ],
  [
    /(?<![\p{L}\p{M}])(?:(?:đã|da)\s+(?:dùng|dung|xài|xai|chạy|chay|cài|triển khai|trien khai)(?:\s+(?:rồi|roi))?|(?:đang|dang)\s+(?:dùng|dung|xài|xai|chạy|chay)\s+(?:rồi|roi))(?![\p{L}\p{M}])/gu,
    ' already use ',
  ],
  [
    /(?<![\p{L}\p{M}])(?:(?:chỉ\s+|chi\s+)?(?:tò mò|to mo)(?:\s+(?:thôi|thoi|chút|chut))?|(?:chỉ\s+|chi\s+)?(?:hỏi|hoi)\s+(?:cho\s+)?(?:biết|biet|vui|chơi|choi|thôi|thoi|để biết|de biet)(?:\s+(?:thôi|thoi))?)(?![\p{L}\p{M}])/gu,
    ' only curious ',
  ],
  [
    /(?<![\p{L}\p{M}])(?:không|ko|khong|chẳng|chang)\s+(?:phải|phai)\s+(?:là\s+|la\s+)?(?:vấn đề|van de)(?![\p{L}\p{M}])/gu,
    ' not an issue ',
  ],
  [
    /(?<![\p{L}\p{M}])(?:(?:không|ko|k|khong|chẳng|chang|chả)\s+(?:thành\s+|thanh\s+|có\s+|co\s+)?(?:vấn đề|van de)(?:\s+(?:gì|gi))?(?:\s+(?:cả|ca))?|(?:không|ko|k|khong|chả|chẳng)\s+(?:sao|hề gì)(?:\s+(?:cả|ca))?)(?![\p{L}\p{M}])/gu,
    ' not a problem ',
  ],

  // The needs: specific phrases first.
  [
    /(?<![\p{L}\p{M}])(?:cập nhật cuốn chiếu|cap nhat cuon chieu|cập nhật dần|cap nhat dan|cập nhật lần lượt|cap nhat lan luot)(?![\p{L}\p{M}])/gu,
    ' rolling update ',
  ],
  [
    /(?<![\p{L}\p{M}])(?:triển khai|trien khai|phát hành|phat hanh|release|rollout|ra bản|ra ban)\s+(?:dần dần|dần|dan dan|từ từ|tu tu|từng bước|tung buoc|từng phần|tung phan)(?![\p{L}\p{M}])/gu,
    ' gradual release ',
  ],
  [
    /(?<![\p{L}\p{M}])(?:dần dần|dần|dan dan|từ từ|từng bước|tung buoc|từng phần|tung phan|tăng dần|tang dan)(?![\p{L}\p{M}])/gu,
    ' gradual ',
  ],
  [
    /(?<![\p{L}\p{M}])(?:bản phát hành|ban phat hanh|phát hành|phat hanh|ra mắt|ra mat)(?![\p{L}\p{M}])/gu,
    ' release ',
  ],
  [
    /(?<![\p{L}\p{M}])(?:chia|phân chia|phan chia|tách|tach|chia nhỏ|chia nho|phân bổ|phan bo)\s+(?:traffic|lưu lượng|luu luong|request)(?![\p{L}\p{M}])/gu,
    ' traffic split ',
  ],
  [
    /(?<![\p{L}\p{M}])(?:tỷ lệ thành công|tỉ lệ thành công|ty le thanh cong|ti le thanh cong)(?![\p{L}\p{M}])/gu,
    ' success rate ',
  ],
  [
    /(?<![\p{L}\p{M}])(?:(?:theo|dựa trên|dua tren)\s+(?:trọng số|trong so|tỷ lệ|tỉ lệ|ty le|ti le|phần trăm|phan tram)|trọng số|trong so)(?![\p{L}\p{M}])/gu,
    ' weighted ',
  ],
  [
    /(?<![\p{L}\p{M}])(?:theo|dựa trên|dựa vào|dựa theo|dua tren|dua vao|dua theo)\s+(?:http\s+)?headers?(?![\p{L}\p{M}])/gu,
    ' header based ',
  ],
  [
    /(?<![\p{L}\p{M}])(?:theo|từng|tung|mỗi|moi|cho từng)\s+(?:từng\s+|tung\s+)?(?:path|paths|đường dẫn|duong dan|endpoint|url|route)(?![\p{L}\p{M}])/gu,
    ' per path ',
  ],
  [
    /(?<![\p{L}\p{M}])(?:định tuyến|dinh tuyen|điều hướng|dieu huong|phân luồng|phan luong)(?![\p{L}\p{M}])/gu,
    ' routing ',
  ],
  [
    /(?<![\p{L}\p{M}])(?:chèn|chen|tiêm|tiem|bơm|giả lập|gia lap|tạo|tao|inject|mô phỏng|mo phong)\s+(?:lỗi|loi|sự cố|su co|faults?)(?![\p{L}\p{M}])/gu,
    ' fault injection ',
  ],
  [
    /(?<![\p{L}\p{M}])(?:chèn|chen|tiêm|tiem|giả lập|gia lap|tạo|tao|inject|mô phỏng|mo phong)\s+(?:độ trễ|do tre|delay|trễ)(?![\p{L}\p{M}])/gu,
    ' delay ',
  ],
  [
    /(?<![\p{L}\p{M}])(?:nhân bản|nhan ban|sao chép|sao chep|nhân đôi|nhan doi|copy|mirror)\s+(?:traffic|lưu lượng|luu luong|request)(?![\p{L}\p{M}])/gu,
    ' mirroring ',
  ],
  [
    /(?<![\p{L}\p{M}])(?:kiểm soát|kiem soat|điều khiển|dieu khien|quản lý|quan ly|giới hạn|gioi han|hạn chế|han che)\s+(?:quyền\s+|quyen\s+)?(?:truy cập|truy cap)(?![\p{L}\p{M}])/gu,
    ' access control ',
  ],
  [
    /(?<![\p{L}\p{M}])(?:phân quyền|phan quyen|ủy quyền|uỷ quyền|uy quyen|cấp quyền|cap quyen|quyền truy cập|quyen truy cap)(?![\p{L}\p{M}])/gu,
    ' authorization ',
  ],
  [
    /(?<![\p{L}\p{M}])(?:chi tiết(?:\s+(?:đến|tới)\s+từng)?|chi tiet(?:\s+(?:den|toi)\s+tung)?|chi li|chi ly)(?![\p{L}\p{M}])/gu,
    ' fine grained ',
  ],
  [/(?<![\p{L}\p{M}])(?:chính sách|chinh sach|quy tắc|quy tac)(?![\p{L}\p{M}])/gu, ' policy '],
  [
    /(?<![\p{L}\p{M}])(?:tiện ích mở rộng|tien ich mo rong|phần mở rộng|phan mo rong)(?![\p{L}\p{M}])/gu,
    ' plugin ',
  ],
  [/(?<![\p{L}\p{M}])(?:bộ lọc|bo loc|lọc)(?![\p{L}\p{M}])/gu, ' filter '],
  [
    /(?<![\p{L}\p{M}])(?:tùy chỉnh|tuỳ chỉnh|tuy chinh|tùy biến|tuỳ biến|tuy bien|tự viết|tu viet|tự code|tu code|riêng)(?![\p{L}\p{M}])/gu,
    ' custom ',
  ],
  [
    /(?<![\p{L}\p{M}])(?:(?:một|mot|1)\s+(?:điểm|diem|cửa|cua|cổng|ip|địa chỉ|dia chi|chỗ)\s+(?:ra|đi ra|di ra|egress|thoát|thoat)(?:\s+(?:duy nhất|duy nhat))?|(?:điểm|diem|cửa|cua|cổng|ip)\s+(?:ra|đi ra|di ra|egress|thoát|thoat)\s+(?:duy nhất|duy nhat|chung|cố định|co dinh))(?![\p{L}\p{M}])/gu,
    ' single exit point ',
  ],
  [
    /(?<![\p{L}\p{M}])(?:ra|đi ra|di ra|gọi ra|goi ra|truy cập|truy cap|kết nối|ket noi|ra ngoài|ra ngoai)\s+internet(?![\p{L}\p{M}])/gu,
    ' internet egress ',
  ],
  [
    /(?<![\p{L}\p{M}])(?:cổng|cong)\s+(?:egress|ra ngoài|ra ngoai|đi ra|di ra|ra)(?![\p{L}\p{M}])/gu,
    ' egress gateway ',
  ],
  [
    /(?<![\p{L}\p{M}])(?:traffic|lưu lượng|luu luong|kết nối|ket noi|request|gọi|goi)\s+(?:ra bên ngoài|ra ben ngoai|ra ngoài|ra ngoai|đi ra|di ra|outbound|ra)(?![\p{L}\p{M}])/gu,
    ' outbound traffic ',
  ],
  [
    /(?<![\p{L}\p{M}])(?:traffic|lưu lượng|luu luong|request|kết nối|ket noi|cổng|cong)\s+(?:từ ngoài vào|tu ngoai vao|đi vào|di vao|vào|vao)(?![\p{L}\p{M}])/gu,
    ' ingress ',
  ],
  [
    /(?<![\p{L}\p{M}])(?:bên ngoài|ben ngoai|bên thứ ba|ben thu ba|ngoài(?!\s+ra(?![\p{L}\p{M}]))|ngoai(?!\s+ra(?![\p{L}\p{M}])))(?![\p{L}\p{M}])/gu,
    ' external ',
  ],
  [/(?<![\p{L}\p{M}])cổng(?![\p{L}\p{M}])/gu, ' gateway '],
  [/(?<![\p{L}\p{M}])(?:kiểm toán|kiem toan)(?![\p{L}\p{M}])/gu, ' audit '],
  [
    /(?<![\p{L}\p{M}])(?:ghi nhật ký|ghi nhat ky|nhật ký|nhật kí|nhat ky|nhat ki|ghi log|lưu log|luu log)(?![\p{L}\p{M}])/gu,
    ' logs ',
  ],
  [
    /(?<![\p{L}\p{M}])(?:(?:chứng minh|chung minh|biết|biet|xác định|xac dinh|truy ra|chỉ ra|chi ra)\s+(?:được\s+|duoc\s+)?)?(?:pod|service|dịch vụ|dich vu)\s+(?:nào|nao)\s+(?:đã\s+|da\s+)?(?:gọi|goi)(?![\p{L}\p{M}])/gu,
    ' prove which pod called ',
  ],
  [/(?<![\p{L}\p{M}])(?:đa cluster|đa cụm|da cluster|da cum)(?![\p{L}\p{M}])/gu, ' multi-cluster '],
  [
    /(?<![\p{L}\p{M}])(?:xuyên|xuyen|liên|lien)\s+(?:cluster|clusters|cụm)(?![\p{L}\p{M}])/gu,
    ' cross-cluster ',
  ],
  [
    /(?<![\p{L}\p{M}])(?:giữa|giua|qua|trên|tren)\s+(?:các|cac|nhiều|nhieu)\s+(?:cluster|clusters|cụm)(?![\p{L}\p{M}])/gu,
    ' across clusters ',
  ],
  [
    /(?<![\p{L}\p{M}])(?:nhiều|nhieu|vài|vai|mấy)\s+(?:cluster|clusters|cụm)(?![\p{L}\p{M}])/gu,
    ' multiple clusters ',
  ],
  [/(?<![\p{L}\p{M}])cụm(?![\p{L}\p{M}])/gu, ' cluster '],
  [
    /(?<![\p{L}\p{M}])(?:chuyển đổi dự phòng|chuyen doi du phong|dự phòng|du phong)(?![\p{L}\p{M}])/gu,
    ' failover ',
  ],
  [/(?<![\p{L}\p{M}])(?:bộ nhớ|bo nho|vùng nhớ|vung nho|dung lượng nhớ)(?![\p{L}\p{M}])/gu, ' memory '],
  [/(?<![\p{L}\p{M}])(?:khu vực|khu vuc|vùng|vung)(?![\p{L}\p{M}])/gu, ' region '],
  [
    /(?<![\p{L}\p{M}])(?:giới hạn|gioi han|hạn chế|han che|khống chế|khong che)\s+(?:tốc độ|toc do|số lượng request|so luong request|số request|so request|request|rate|lưu lượng|luu luong|tần suất|tan suat)(?![\p{L}\p{M}])/gu,
    ' rate limiting ',
  ],
  [
    /(?<![\p{L}\p{M}])(?:gần đầy|gan day|sắp đầy|sap day|sắp hết|sap het|gần hết|gan het|eo hẹp|eo hep|hạn hẹp|han hep|có hạn|co han|hạn chế|han che|còn rất ít|còn ít|con it|không còn nhiều|khong con nhieu|ít ỏi|it oi|căng|thiếu|thieu)(?![\p{L}\p{M}])/gu,
    ' tight ',
  ],
  [/(?<![\p{L}\p{M}])(?:tài nguyên|tai nguyen)(?![\p{L}\p{M}])/gu, ' resources '],
  [
    /(?<![\p{L}\p{M}])(?:chi phí phụ|chi phi phu|phụ phí|phu phi|tốn thêm|ton them|hao phí|hao phi|hao tổn|hao ton)(?![\p{L}\p{M}])/gu,
    ' overhead ',
  ],
  [
    /(?<![\p{L}\p{M}])(?:càng nhẹ càng tốt|cang nhe cang tot|nhẹ nhất có thể|nhe nhat co the|gọn nhẹ|gon nhe|nhẹ nhàng|nhe nhang|nhẹ)(?![\p{L}\p{M}])/gu,
    ' lightweight ',
  ],
  [/(?<![\p{L}\p{M}])nặng(?![\p{L}\p{M}])/gu, ' heavy '],
  [/(?<![\p{L}\p{M}])(?:độ trễ|do tre|trễ)(?![\p{L}\p{M}])/gu, ' latency '],
  [
    /(?<![\p{L}\p{M}])(?:node|nodes|máy|worker)\s+(?:nhỏ|nho|yếu|yeu|cấu hình thấp|cau hinh thap|cùi|bé|ít ram|it ram)(?![\p{L}\p{M}])/gu,
    ' small nodes ',
  ],
  [/(?<![\p{L}\p{M}])(?:các node|cac node|nút)(?![\p{L}\p{M}])/gu, ' nodes '],
  [
    /(?<![\p{L}\p{M}])(?:đo|do|kiểm thử|kiem thu|test|chạy thử|chay thu)\s+(?:hiệu năng|hieu nang|hiệu suất|hieu suat|tốc độ|toc do|tải)(?![\p{L}\p{M}])/gu,
    ' benchmark ',
  ],
  [
    /(?<![\p{L}\p{M}])(?:hiệu năng|hieu nang|hiệu suất|hieu suat|tốc độ|toc do)(?![\p{L}\p{M}])/gu,
    ' performance ',
  ],
  [
    /(?<![\p{L}\p{M}])(?:mã hóa|mã hoá|ma hoa)\s+(?:(?:toàn bộ|toan bo|tất cả|tat ca|hết|het)\s+)?(?:(?:traffic|lưu lượng|luu luong|kết nối|ket noi|giao tiếp|giao tiep)\s+)?(?:giữa|giua)\s+(?:các\s+|cac\s+)?(?:services?|dịch vụ|dich vu|microservices?)(?![\p{L}\p{M}])/gu,
    ' encrypt traffic between services ',
  ],
  [/(?<![\p{L}\p{M}])(?:mã hóa|mã hoá|ma hoa)(?![\p{L}\p{M}])/gu, ' encryption '],
  [/(?<![\p{L}\p{M}])(?:số liệu|so lieu|chỉ số|chi so|thông số|thong so)(?![\p{L}\p{M}])/gu, ' metrics '],
  [
    /(?<![\p{L}\p{M}])(?:bảng điều khiển|bang dieu khien|bảng theo dõi|bang theo doi|bảng giám sát|bang giam sat)(?![\p{L}\p{M}])/gu,
    ' dashboards ',
  ],
  [/(?<![\p{L}\p{M}])(?:giám sát|giam sat|theo dõi|theo doi)(?![\p{L}\p{M}])/gu, ' monitoring '],
  [
    /(?<![\p{L}\p{M}])(?:ngay\s+)?(?:từ|tu)\s+(?:ngày|ngay)\s+(?:đầu|dau)(?:\s+(?:tiên|tien))?(?![\p{L}\p{M}])/gu,
    ' from day one ',
  ],
  [
    /(?<![\p{L}\p{M}])(?:ngay lập tức|ngay lap tuc|ngay từ đầu|ngay tu dau|lập tức|lap tuc|có ngay|co ngay|liền)(?![\p{L}\p{M}])/gu,
    ' right away ',
  ],
  [
    /(?<![\p{L}\p{M}])(?:(?:đã|mới|da|moi|được|duoc)\s+(?:chuyển|chuyen|migrate|di chuyển|di chuyen)\s+(?:được\s+|duoc\s+)?(\d+)\s*(?:\/|trên|tren|trong số|trong so|trong)\s*(\d+)(?:\s+(?:services?|dịch vụ|dich vu))?|(\d+)\s*(?:\/|trên|tren)\s*(\d+)\s+(?:services?|dịch vụ|dich vu)\s+(?:(?:đã|da|mới|moi)\s+)?(?:chuyển|chuyen|migrate|di chuyển|di chuyen)(?:\s+(?:xong|rồi|roi))?)(?![\p{L}\p{M}\p{N}])/gu,
    ' halfway through migration $1$3 of $2$4 moved ',
  ],
  [
    /(?<![\p{L}\p{M}])(?:(?:đang\s+|dang\s+)?(?:chuyển|chuyen|migrate|di chuyển|di chuyen)\s+(?:dang dở|dở dang|dở|giữa chừng|giua chung|được một nửa|duoc mot nua|một nửa|mot nua|nửa chừng|nua chung)|(?:đang|dang)\s+(?:trong\s+)?(?:quá trình|qua trinh)\s+(?:chuyển|chuyen|migrate|di chuyển|di chuyen)|giữa chừng|giua chung|dở dang|nửa chừng|nua chung)(?![\p{L}\p{M}])/gu,
    ' halfway through migration ',
  ],
  [
    /(?<![\p{L}\p{M}])(?:(?:chuyển|chuyen|di chuyển|di chuyen|migrate|đổi|doi|thay|move|nhảy|nhay)\s+)?(?:từ|tu)\s+([\p{L}][\p{L}\p{N}-]*)\s+(?:(?:chuyển|chuyen|migrate)\s+)?(?:sang|qua)\s+([\p{L}][\p{L}\p{N}-]*)(?![\p{L}\p{M}])/gu,
    ' moving from $1 to $2 ',
  ],
  [
    /(?<![\p{L}\p{M}])(?:di chuyển|di chuyen|chuyển đổi|chuyen doi|chuyển sang|chuyen sang|chuyển qua|chuyen qua|di dời|di doi)(?![\p{L}\p{M}])/gu,
    ' migration ',
  ],
  [
    /(?<![\p{L}\p{M}])(?:(?:chạy|chay|dùng|dung|xài|xai)\s+(?:(?:cả hai|ca hai|cả 2|ca 2|2 cái|2 cai|hai cái)\s+)?song song|song song|cùng tồn tại|cung ton tai)(?![\p{L}\p{M}])/gu,
    ' run both side by side ',
  ],
  [
    /(?<![\p{L}\p{M}])(?:(?:dùng|dung|xài|xai|kết hợp|ket hop|chạy|chay)\s+(?:cả hai|ca hai|cả 2|ca 2)(?:\s+(?:cùng lúc|cung luc|cùng nhau|cung nhau|một lúc|mot luc))?|cả hai cùng lúc|ca hai cung luc|kết hợp|ket hop)(?![\p{L}\p{M}])/gu,
    ' both together ',
  ],
  [
    /(?<![\p{L}\p{M}])(?:quay lại|quay lai|quay về|quay ve|trở lại|tro lai|trở về|tro ve|rollback về|lùi về|lui ve)(?![\p{L}\p{M}])/gu,
    ' go back ',
  ],
  [/(?<![\p{L}\p{M}])(?:lưới dịch vụ|luoi dich vu)(?![\p{L}\p{M}])/gu, ' service mesh '],
  [/(?<![\p{L}\p{M}])(?:vi dịch vụ|vi dich vu)(?![\p{L}\p{M}])/gu, ' microservices '],
  [
    /(?<![\p{L}\p{M}])(?:các dịch vụ|cac dich vu|dịch vụ|dich vu|các service|cac service)(?![\p{L}\p{M}])/gu,
    ' services ',
  ],

  // Topics of how-to and general questions.
  [
    /(?<![\p{L}\p{M}])(?:phát âm|phat am|cách đọc|cach doc|đọc\s+(?:như thế nào|thế nào|ra sao|sao|là gì|làm sao)|doc\s+(?:nhu the nao|the nao|ra sao|la gi))(?![\p{L}\p{M}])/gu,
    ' pronounce ',
  ],
  [
    /(?<![\p{L}\p{M}])(?:(?:làm|lam)\s+(?:sao|thế nào|the nao|cách nào|cach nao)(?:\s+(?:để|de))?|bằng cách nào|bang cach nao|cách nào để|cach nao de|cách để|cach de|hướng dẫn|huong dan|cách|cach)(?![\p{L}\p{M}])/gu,
    ' how do i ',
  ],
  [/(?<![\p{L}\p{M}])(?:như thế nào|nhu the nao|thế nào|the nao|ra sao|ntn)(?![\p{L}\p{M}])/gu, ' how '],
  [
    /(?<![\p{L}\p{M}])(?:(?:có\s+|co\s+)?(?:gì|gi)\s+(?:mới|moi)(?!\s+(?:nhất|nhat))|điểm mới|diem moi|tính năng mới|tinh nang moi|thay đổi mới|thay doi moi)(?![\p{L}\p{M}])/gu,
    ' what is new ',
  ],
  [/(?<![\p{L}\p{M}])(?:mới nhất|moi nhat|gần đây nhất|gan day nhat)(?![\p{L}\p{M}])/gu, ' latest '],
  [
    /(?<![\p{L}\p{M}])(?:(?:nghĩa|nghia)\s+(?:là|la)\s+(?:gì|gi)|(?:là|la)\s+(?:cái\s+|cai\s+)?(?:gì|gi)|là sao|khái niệm|khai niem)(?![\p{L}\p{M}])/gu,
    ' what is ',
  ],
  [/(?<![\p{L}\p{M}])(?:so sánh|so sanh|đối chiếu|doi chieu)(?![\p{L}\p{M}])/gu, ' compare '],
  [
    /(?<![\p{L}\p{M}])(?:(?:sự|su|điểm|diem)\s+)?(?:khác nhau|khac nhau|khác biệt|khac biet|khác gì|khac gi)(?![\p{L}\p{M}])/gu,
    ' compare difference ',
  ],
  [
    /(?<![\p{L}\p{M}])(?:tại sao|tai sao|vì sao|vi sao|sao lại|sao lai|lý do|ly do|lí do|li do)(?![\p{L}\p{M}])/gu,
    ' why ',
  ],
  [/(?<![\p{L}\p{M}])(?:chứng chỉ|chung chi|chứng thư|chung thu)(?![\p{L}\p{M}])/gu, ' certificate '],
  [
    /(?<![\p{L}\p{M}])(?:xoay vòng|xoay vong|xoay|luân chuyển|luan chuyen|luân phiên|luan phien|gia hạn|gia han|làm mới|lam moi|đổi định kỳ|doi dinh ky)(?![\p{L}\p{M}])/gu,
    ' rotation ',
  ],
  [
    /(?<![\p{L}\p{M}])(?:nâng cấp|nang cap|lên đời|len doi|lên version|len version|lên phiên bản|len phien ban|cập nhật|cap nhat)(?![\p{L}\p{M}])/gu,
    ' upgrade ',
  ],
  [/(?<![\p{L}\p{M}])(?:cài đặt|cai dat|cài)(?![\p{L}\p{M}])/gu, ' install '],
  [
    /(?<![\p{L}\p{M}])(?:(?:đã|da|được|duoc|đang|dang)\s+(?:bật|bat|kích hoạt|kich hoat)(?:\s+(?:sẵn|san|rồi|roi))?|bật sẵn|bat san)(?![\p{L}\p{M}])/gu,
    ' enabled ',
  ],
  [
    /(?<![\p{L}\p{M}])(?:bật|kích hoạt|kich hoat|bat(?=\s+(?:mtls|tls|ambient|sidecar|injection|tracing|metrics|strict|auto|tinh nang|cai)))(?![\p{L}\p{M}])/gu,
    ' enable ',
  ],
  [
    /(?<![\p{L}\p{M}])(?:cấu hình|cau hinh|thiết lập|thiet lap|thiết đặt|thiet dat)(?![\p{L}\p{M}])/gu,
    ' configure ',
  ],
  [
    /(?<![\p{L}\p{M}])(?:khả năng quan sát|kha nang quan sat|quan sát|quan sat)(?![\p{L}\p{M}])/gu,
    ' observability ',
  ],
  [/(?<![\p{L}\p{M}])(?:truy vết|truy vet|theo vết|truy dấu|dấu vết|dau vet)(?![\p{L}\p{M}])/gu, ' tracing '],
  [/(?<![\p{L}\p{M}])(?:tự động thử lại|thử lại|thu lai|gửi lại|gui lai)(?![\p{L}\p{M}])/gu, ' retries '],
  [
    /(?<![\p{L}\p{M}])(?:(?:hết|het|quá|qua)\s+(?:thời gian|thoi gian)(?:\s+(?:chờ|cho))?|thời gian chờ|thoi gian cho|hết giờ)(?![\p{L}\p{M}])/gu,
    ' timeout ',
  ],
  [
    /(?<![\p{L}\p{M}])(?:bộ ngắt mạch|ngắt mạch|ngat mach|cầu dao|cau dao)(?![\p{L}\p{M}])/gu,
    ' circuit breaker ',
  ],
  [
    /(?<![\p{L}\p{M}])(?:cân bằng tải|can bang tai|phân tải|phan tai|chia tải|chia tai|phân phối tải|phan phoi tai)(?![\p{L}\p{M}])/gu,
    ' load balancing ',
  ],
  [
    /(?<![\p{L}\p{M}])(?:mặt phẳng điều khiển|mat phang dieu khien|lớp điều khiển)(?![\p{L}\p{M}])/gu,
    ' control plane ',
  ],
  [/(?<![\p{L}\p{M}])(?:mặt phẳng dữ liệu|mat phang du lieu|lớp dữ liệu)(?![\p{L}\p{M}])/gu, ' data plane '],
  [
    /(?<![\p{L}\p{M}])(?:(?:chi phí|chi phi|tiền|tien)\s+(?:nhân sự|nhan su|con người|con nguoi|nhân lực|nhan luc|người|nguoi)|tốn người|ton nguoi|tốn nhân lực)(?![\p{L}\p{M}])/gu,
    ' people cost ',
  ],
  [/(?<![\p{L}\p{M}])(?:ngân sách|ngan sach|kinh phí|kinh phi)(?![\p{L}\p{M}])/gu, ' budget '],
  [
    /(?<![\p{L}\p{M}])(?:bảng giá|bang gia|giá cả|gia ca|báo giá|bao gia|định giá|giá bao nhiêu|gia bao nhieu)(?![\p{L}\p{M}])/gu,
    ' pricing ',
  ],
  [
    /(?<![\p{L}\p{M}])(?:miễn phí|mien phi|(?:không|ko|khong)\s+(?:mất|mat|tốn)\s+(?:tiền|tien|phí|phi))(?![\p{L}\p{M}])/gu,
    ' free ',
  ],
  [
    /(?<![\p{L}\p{M}])(?:chi phí|chi phi|tốn tiền|ton tien|tốn kém|ton kem|mất tiền|mat tien|giá|đắt)(?![\p{L}\p{M}])/gu,
    ' cost ',
  ],
  [/(?<![\p{L}\p{M}])(?:giấy phép|giay phep|bản quyền|ban quyen)(?![\p{L}\p{M}])/gu, ' license '],
  [/(?<![\p{L}\p{M}])(?:mặc định|mac dinh)(?![\p{L}\p{M}])/gu, ' default '],
  [
    /(?<![\p{L}\p{M}])(?:mức sử dụng|muc su dung|mức dùng|mức tiêu thụ|muc tieu thu|tiêu thụ|tieu thu|tiêu tốn|tieu ton|ngốn|tốn)(?![\p{L}\p{M}])/gu,
    ' usage ',
  ],
  [/(?<![\p{L}\p{M}])(?:giảm bớt|giam bot|cắt giảm|cat giam|giảm|giam|bớt)(?![\p{L}\p{M}])/gu, ' reduce '],
  [
    /(?<![\p{L}\p{M}])(?:gỡ lỗi|go loi|xử lý sự cố|xu ly su co|khắc phục(?:\s+sự cố)?|khac phuc(?:\s+su co)?|sửa lỗi|sua loi|fix lỗi|fix loi|dò lỗi|điều tra|dieu tra|tìm nguyên nhân|tim nguyen nhan)(?![\p{L}\p{M}])/gu,
    ' troubleshoot ',
  ],
  [
    /(?<![\p{L}\p{M}])(?:cạm bẫy|cam bay|(?:lỗi|loi|sai lầm|sai lam|vấn đề|van de)\s+(?:thường gặp|thuong gap|hay gặp|hay gap|phổ biến|pho bien)|(?:những\s+)?(?:điều|điểm)\s+cần\s+(?:lưu ý|chú ý)|lưu ý|luu y|chú ý|chu y|bẫy)(?![\p{L}\p{M}])/gu,
    ' pitfalls ',
  ],
  [/(?<![\p{L}\p{M}])(?:bị sập|bi sap|sập|bị chết|bi chet|chết|chet)(?![\p{L}\p{M}])/gu, ' crash '],
  [/(?<![\p{L}\p{M}])(?:bị treo|bi treo|treo|đứng hình|bị đơ|đơ)(?![\p{L}\p{M}])/gu, ' hang '],
  [
    /(?<![\p{L}\p{M}])(?:báo lỗi|bao loi|bị lỗi|bi loi|gặp lỗi|gap loi|dính lỗi|lỗi|(?<!(?:tra|trả|câu|cau)\s+)loi)(?![\p{L}\p{M}])/gu,
    ' error ',
  ],
  [/(?<![\p{L}\p{M}])(?:chạy chậm|chay cham|bị chậm|bi cham|chậm|cham|ì ạch)(?![\p{L}\p{M}])/gu, ' slow '],
  [
    /(?<![\p{L}\p{M}])(?:phiên bản|phien ban|bản(?=\s+(?:mới|moi|cũ|cu|\d|nào|nao|stable|lts)))(?![\p{L}\p{M}])/gu,
    ' version ',
  ],
  [
    /(?<![\p{L}\p{M}])(?:các công ty|công ty|cong ty|cty|doanh nghiệp|doanh nghiep|tổ chức|to chuc)(?![\p{L}\p{M}])/gu,
    ' companies ',
  ],
  [/(?<![\p{L}\p{M}])(?:cộng đồng|cong dong)(?![\p{L}\p{M}])/gu, ' community '],
  [/(?<![\p{L}\p{M}])(?:lịch sử|lich su|nguồn gốc|nguon goc|ra đời|ra doi)(?![\p{L}\p{M}])/gu, ' history '],
  [
    /(?<![\p{L}\p{M}])(?:áp dụng|ap dung|đưa vào\s+(?:sử dụng|dùng|production|prod)|dua vao\s+(?:su dung|dung|production|prod))(?![\p{L}\p{M}])/gu,
    ' adopt ',
  ],
  // "Triển khai" is to roll out (deploy), not to choose: "bẫy khi triển khai Istio lần đầu" asks
  // about deploying the mesh already chosen.
  [/(?<![\p{L}\p{M}])(?:triển khai|trien khai)(?![\p{L}\p{M}])/gu, ' roll out '],
  [
    /(?<![\p{L}\p{M}])(?:quá sớm|qua som|còn sớm|con som|hơi sớm|hoi som|sớm quá|som qua)(?![\p{L}\p{M}])/gu,
    ' too early ',
  ],
  [
    /(?<![\p{L}\p{M}])proxy\s+(?:(?:(?:ở|o|theo|trên|tren)\s+)?(?:cấp|cap|mức|muc|tầng|tang|mỗi|moi|từng|tung)|theo|trên|tren)\s+node(?![\p{L}\p{M}])/gu,
    ' node level proxy ambient ',
  ],
  [/(?<![\p{L}\p{M}])(?:chuyển tiếp|chuyen tiep)(?![\p{L}\p{M}])/gu, ' forward '],
  [/(?<![\p{L}\p{M}])(?:cho phép|cho phep)(?![\p{L}\p{M}])/gu, ' allow '],
  [/(?<![\p{L}\p{M}])(?:tên miền|ten mien)(?![\p{L}\p{M}])/gu, ' domains '],
  [/(?<![\p{L}\p{M}])(?:ngăn chặn|ngan chan|chặn|ngăn)(?![\p{L}\p{M}])/gu, ' block '],
  [/(?<![\p{L}\p{M}])(?:tìm hiểu|tim hieu|học|nghiên cứu|nghien cuu)(?![\p{L}\p{M}])/gu, ' learn '],
  [/(?<![\p{L}\p{M}])(?:thành phần|thanh phan)(?![\p{L}\p{M}])/gu, ' components '],
  [
    /(?<![\p{L}\p{M}])(?:giải pháp thay thế|giai phap thay the|lựa chọn khác|lua chon khac|phương án khác|phuong an khac|thay thế|thay the|đổi sang|doi sang)(?![\p{L}\p{M}])/gu,
    ' alternative switch ',
  ],
  [/(?<![\p{L}\p{M}])(?:tính năng|tinh nang|chức năng|chuc nang)(?![\p{L}\p{M}])/gu, ' features '],
  [/(?<![\p{L}\p{M}])(?:kết nối|ket noi)(?![\p{L}\p{M}])/gu, ' connection '],
  [
    /(?<![\p{L}\p{M}])(?:thứ tự khởi động|thu tu khoi dong|thứ tự start|thu tu start|(?:khởi động|khoi dong|start|chạy|chay)\s+(?:trước|truoc))(?![\p{L}\p{M}])/gu,
    ' startup order ',
  ],
  [/(?<![\p{L}\p{M}])(?:khởi động lại|khoi dong lai|chạy lại|chay lai)(?![\p{L}\p{M}])/gu, ' restart '],
  [/(?<![\p{L}\p{M}])(?:cơ sở dữ liệu|co so du lieu|csdl)(?![\p{L}\p{M}])/gu, ' database '],
  [/(?<![\p{L}\p{M}])(?:hàng đợi|hang doi)(?![\p{L}\p{M}])/gu, ' queue '],
  [
    /(?<![\p{L}\p{M}])(?:kiểm tra sức khỏe|kiểm tra sức khoẻ|kiem tra suc khoe|kiểm tra tình trạng|kiem tra tinh trang)(?![\p{L}\p{M}])/gu,
    ' health probes ',
  ],
  [/(?<![\p{L}\p{M}])(?:xác thực|xac thuc|chứng thực|chung thuc)(?![\p{L}\p{M}])/gu, ' authentication '],
  [/(?<![\p{L}\p{M}])(?:bảo mật|bao mat|an ninh|an toàn|an toan)(?![\p{L}\p{M}])/gu, ' security '],
  [
    /(?<![\p{L}\p{M}])(?:(?:môi trường|moi truong)\s+(?:production|prod|thật|that|chính|chinh)|chạy thật|chay that)(?![\p{L}\p{M}])/gu,
    ' production ',
  ],
  [/(?<![\p{L}\p{M}])(?:hỗ trợ|ho tro)(?![\p{L}\p{M}])/gu, ' support '],
  [
    /(?<![\p{L}\p{M}])(?:nhà cung cấp|nha cung cap|nhà phát triển|nha phat trien|hãng)(?![\p{L}\p{M}])/gu,
    ' vendor ',
  ],
  [/(?<![\p{L}\p{M}])(?:máy ảo|may ao)(?![\p{L}\p{M}])/gu, ' vm '],
  [/(?<![\p{L}\p{M}])(?:bao nhiêu|bao nhieu)(?![\p{L}\p{M}])/gu, ' how much '],

  // General words, after every phrase that contains them.
  [
    /(?<![\p{L}\p{M}])(?:bắt buộc|bat buoc|phải có|phai co|cần có|can co|yêu cầu|yeu cau|cần thiết|cần phải|cần)(?![\p{L}\p{M}])/gu,
    ' need ',
  ],
  [/(?<![\p{L}\p{M}])(?:mong muốn|muốn|muon)(?![\p{L}\p{M}])/gu, ' want '],
  [/(?<![\p{L}\p{M}])(?:sử dụng|su dung|dùng|xài|xai)(?![\p{L}\p{M}])/gu, ' use '],
  [/(?<![\p{L}\p{M}])chạy(?![\p{L}\p{M}])/gu, ' run '],
  [/(?<![\p{L}\p{M}])gì(?![\p{L}\p{M}])/gu, ' what '],
  [
    /(?<![\p{L}\p{M}])mình(?![\p{L}\p{M}])|(?<=(?:team|nhóm|nhom|đội|doi|bên|ben|bọn|bon|tụi|tui|chúng|chung|cty|ty|của|cua|cho)\s+)minh(?![\p{L}\p{M}])/gu,
    ' we ',
  ],

  // ===================================================================== Indonesian
  // The ask.
  [
    /(?<![\p{L}\p{M}])(?:(?:yang|yg)\s+)?mana\s+(?:yang|yg)\s+(?:lebih\s+|lbh\s+|paling\s+)?(?:bagus|baik|cocok|oke|ok|mantap|disarankan|direkomendasikan|recommended)(?:\s+(?:buat|untuk|bagi)\s+(?:kami|kita|tim kami|tim kita|kasus kami|kasus kita))?(?![\p{L}\p{M}])/gu,
    ' which would you recommend? ',
  ],
  [
    /(?<![\p{L}\p{M}])(?:mending|mendingan|sebaiknya|baiknya|enaknya|bagusnya|cocoknya|lebih baik|lebih bagus)\s+(?:(?:kami|kita|saya|aku|gue|gw)\s+)?(?:(?:pilih|pakai|pake|gunakan|ambil|milih|make|menggunakan|memilih)\s+)?(?:(?:yang|yg)\s+)?(?:mana|apa)(?![\p{L}\p{M}])/gu,
    ' which would you recommend? ',
  ],
  [
    /(?<![\p{L}\p{M}])(?:mending|mendingan|sebaiknya|baiknya|enaknya|bagusnya)\s+(?:(?:kami|kita|saya|aku|gue|gw)\s+)?(?:pilih|pakai|pake|gunakan|ambil|milih|make|menggunakan|memilih)(?![\p{L}\p{M}])/gu,
    ' which would you recommend? ',
  ],
  [
    /(?<![\p{L}\p{M}])(?:pilih|milih|pakai|pake)\s+(?:(?:yang|yg)\s+)?mana(?![\p{L}\p{M}])/gu,
    ' which would you recommend? ',
  ],
  [
    /(?<![\p{L}\p{M}])(?:(?:kasih|beri|minta)\s+(?:saran|rekomendasi|masukan)|(?:ada\s+)?(?:rekomendasinya|rekomendasiin|rekomendasi|rekomenin|rekomen|sarannya|saranin|saran|usulan|masukannya|masukan)(?:\s+(?:dong|donk|nih|gak|ga|nggak))?|(?:(?:yang|yg)\s+)?(?:direkomendasikan|disarankan|direkomendasiin)|menurut\s+(?:kalian|kamu|anda|agan|suhu|lo|lu|teman-teman|temen-temen|master|abang|mas))(?![\p{L}\p{M}])/gu,
    ' which would you recommend? ',
  ],
  [
    /(?<![\p{L}\p{M}])bantu\s+(?:(?:kami|kita|saya|aku|gue|gw)\s+)?(?:memutuskan|putuskan|mutusin|memilih|milih|pilih|pilihin|menentukan|nentuin)(?![\p{L}\p{M}])/gu,
    ' which would you recommend? ',
  ],
  [/(?<![\p{L}\p{M}])(?:yang|yg)\s+mana(?![\p{L}\p{M}])/gu, ' which one '],
  [/(?<![\p{L}\p{M}])(?:lebih|lbh)\s+(?:baik|bagus|cocok|oke|mantap|unggul)(?![\p{L}\p{M}])/gu, ' better '],
  [/(?<![\p{L}\p{M}])(?:sebaiknya|seharusnya|harusnya|mendingan)(?![\p{L}\p{M}])/gu, ' should '],

  // "or", "and", "we", "team".
  [
    /(?<=(?:istio|linkerd|cilium|consul|kuma|ambient|sidecars?|envoy|nginx|traefik|kong|mesh)\s+)(?:atau|ato|atawa|apa)(?=\s+(?:(?:pakai|pake)\s+)?(?:istio|linkerd|cilium|consul|kuma|ambient|sidecar|envoy|nginx|traefik|kong|mesh|tanpa))/gu,
    ' or ',
  ],
  [/(?<![\p{L}\p{M}])(?:ataukah|atau|ato|atawa)(?![\p{L}\p{M}])/gu, ' or '],
  [
    /(?<=(?:istio|linkerd|cilium|consul|kuma|ambient|sidecars?|envoy|nginx|traefik|kong|mesh)\s+)(?:dan|sama|ama|dengan|dgn)(?=\s+(?:istio|linkerd|cilium|consul|kuma|ambient|sidecar|envoy|nginx|traefik|kong|mesh))/gu,
    ' and ',
  ],
  [/(?<![\p{L}\p{M}])(?:dan juga|serta)(?![\p{L}\p{M}])/gu, ' and '],
  [/(?<![\p{L}\p{M}])(?:kami|kita|kmi)(?![\p{L}\p{M}])/gu, ' we '],

  // Who runs it.
  [
    /(?<![\p{L}\p{M}])(?:(?:cuma|cuman|hanya|cm)\s+(?:ada\s+)?(?:saya|aku|gue|gua|gw|sy)(?:\s+(?:sendiri|sendirian|doang|aja|saja))?|(?:saya|aku|gue|gua|gw|sy)\s+(?:sendiri|sendirian|doang)|sendirian|seorang diri)(?![\p{L}\p{M}])/gu,
    ' just me ',
  ],
  [
    /(?<![\p{L}\p{M}\p{N}])(?:(?:cuma|cuman|hanya|cm|ada|sekitar|isinya|berisi)\s+)?(\d+|satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh)\s*(?:orang|org|anggota|insinyur|personel|personil|engineer)(?![\p{L}\p{M}])/gu,
    (_m: string, n: string): string =>
      ` ${({ satu: '1', dua: '2', tiga: '3', empat: '4', lima: '5', enam: '6', tujuh: '7', delapan: '8', sembilan: '9', sepuluh: '10' } as Record<string, string>)[n] ?? n} people `,
  ],
  [
    /(?<![\p{L}\p{M}])ber(dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh)(?![\p{L}\p{M}])/gu,
    (_m: string, n: string): string =>
      ` ${({ dua: '2', tiga: '3', empat: '4', lima: '5', enam: '6', tujuh: '7', delapan: '8', sembilan: '9', sepuluh: '10' } as Record<string, string>)[n] ?? n} people `,
  ],
  [/(?<![\p{L}\p{M}])tim\s+platform(?![\p{L}\p{M}])/gu, ' platform team '],
  [
    /(?<![\p{L}\p{M}])(?:tim\s+(?:(?:yang|yg)\s+)?kecil|kekurangan\s+(?:orang|sdm|tenaga|personel)|kurang\s+(?:orang|sdm|tenaga|personel)|sdm\s+(?:terbatas|minim)|sedikit orang|orangnya sedikit|(?:tidak|tdk|gak|ga|nggak|ngga|enggak)\s+(?:ada|punya)\s+waktu|(?:tidak|tdk|gak|ga|nggak|ngga|enggak)\s+(?:sempat|sempet))(?![\p{L}\p{M}])/gu,
    ' small team ',
  ],
  [
    /(?<![\p{L}\p{M}])(?:sibuk\s+(?:(?:dengan|sama|ngurus|ngurusin|ngerjain|mengerjakan)\s+)?(?:kerjaan|pekerjaan|proyek|project|hal|tugas|urusan)\s+(?:lain|lainnya)|sibuk)(?![\p{L}\p{M}])/gu,
    ' busy with other work ',
  ],
  [
    /(?<![\p{L}\p{M}])tim(?=\s+(?:we|kami|kita|saya|aku|gue|gw|ops|devops|sre|infra|infrastruktur|engineering|backend|yang|yg|cuma|hanya|isinya|terdiri|ada|berisi|\d))|(?<=(?:di|dalam|seluruh|satu|anggota|sebuah|per|buat|untuk|ke|para)\s+)tim(?![\p{L}\p{M}])/gu,
    ' team ',
  ],
  [
    /(?<![\p{L}\p{M}])(?:(?:tidak|tdk|tak|gak|ga|gk|nggak|ngga|enggak|belum|blm|belom|kurang|minim|nol)\s+(?:ada\s+|punya\s+)?(?:(?:yang|yg)\s+)?(?:pengalaman|berpengalaman)|(?:belum|blm|belom)\s+(?:ada\s+(?:yang|yg)\s+)?pernah\s+(?:pakai|pake|menggunakan|menjalankan|jalanin|ngejalanin|nyoba|mencoba|coba|make|megang|pegang)|(?:tidak|gak|nggak|ga)\s+ada\s+(?:yang|yg)\s+pernah|masih\s+(?:awam|baru|newbie|pemula)|awam|pemula)(?![\p{L}\p{M}])/gu,
    ' no experience ',
  ],
  [/(?<![\p{L}\p{M}])(?:pengalaman|berpengalaman)(?![\p{L}\p{M}])/gu, ' experience '],
  [
    /(?<![\p{L}\p{M}])(?:beban\s+(?:operasional|operasi|ops|maintenance|pemeliharaan|kerja)|(?:repot|ribet|capek|susah)\s+(?:ngurusnya|ngurusin|ngurus|maintain(?:nya)?|ngelola|mengelola|merawatnya))(?![\p{L}\p{M}])/gu,
    ' operational burden ',
  ],
  [/(?<![\p{L}\p{M}])(?:sederhana|simpel)(?![\p{L}\p{M}])/gu, ' simple '],
  [/(?<![\p{L}\p{M}])(?:gampang|mudah|gampangan)(?![\p{L}\p{M}])/gu, ' easy '],
  [/(?<![\p{L}\p{M}])(?:rumit|ribet|kompleks|repot|njlimet|susah|sulit)(?![\p{L}\p{M}])/gu, ' complex '],
  [
    /(?<![\p{L}\p{M}])(?:mengoperasikan|operasikan|operasional|mengelola|kelola|ngelola|ngurus|mengurus|memelihara|pemeliharaan|merawat)(?![\p{L}\p{M}])/gu,
    ' operate ',
  ],

  // Rulings.
  [
    /(?<![\p{L}\p{M}])(?:sidecars?\s+(?:(?:sih|juga|aja|saja|sebenarnya|sebetulnya|mah)\s+)*(?:(?:tidak|tdk|gak|ga|gk|nggak|ngga|enggak|tak)\s+(?:masalah|apa-apa|apa2|papa|keberatan|jadi masalah)|gpp|gapapa|oke|ok aja|oke aja|aman|boleh|bisa diterima|masih oke|masih ok)|(?:tidak|tdk|gak|ga|gk|nggak|ngga|enggak|tak)\s+(?:masalah|keberatan|apa-apa|papa|anti)\s+(?:(?:dengan|sama|kalau|kalo|klo|pakai|pake|ada)\s+)+sidecars?|(?:oke|ok|boleh|bisa terima|menerima)\s+(?:(?:aja|saja)\s+)?(?:(?:dengan|sama|pakai|pake)\s+)+sidecars?)(?![\p{L}\p{M}])/gu,
    ' fine with sidecars ',
  ],
  [
    /(?<![\p{L}\p{M}])(?:(?:default(?:nya)?|secara default|bawaan(?:nya)?|by default)\s+(?:(?:semua|semuanya)\s+)?(?:di-tolak|ditolak|tolak|diblokir|blokir|diblok|deny|menolak|memblokir|terblokir)|(?:tolak|blokir|ditolak|diblokir|menolak|memblokir|deny)\s+(?:semua\s+)?(?:secara\s+)?(?:default|bawaan))(?![\p{L}\p{M}])/gu,
    ' deny by default ',
  ],
  [
    /(?<![\p{L}\p{M}])(?:tanpa\s+(?:(?:perlu|harus)\s+)?(?:konfigurasi|config|konfig|setting|setingan|settingan|pengaturan|setup|atur-atur|ngatur|ngonfig|nulis policy|menulis policy|bikin policy|tulis policy|policy|aturan)|(?:tidak|tdk|gak|ga|gk|nggak|ngga|enggak|tak)\s+(?:perlu|usah|butuh|harus)\s+(?:konfigurasi|config|konfig|setting|setingan|pengaturan|ngatur|atur|nulis policy|bikin policy|setup|ngonfig))(?:\s+(?:apa-apa|apapun|apa pun|tambahan|lagi|khusus))?(?![\p{L}\p{M}])/gu,
    ' with no config ',
  ],
  [
    /(?<![\p{L}\p{M}])(?:(?:tanpa|anti|bebas|tidak|tdk|tak|gak|ga|gk|nggak|ngga|enggak|engga|kagak|bukan)\s+(?:(?:mau|ingin|pengen|perlu|butuh|pakai|pake|pakek|ada|menggunakan|usah|boleh|suka|pasang|inject|di|pod|pods|yang|yg)\s+){0,3}sidecars?|sidecars?\s+(?:(?:sih|mah)\s+)?(?:tidak|tdk|gak|ga|gk|nggak|ngga|enggak)\s+(?:perlu|butuh|mau|usah))(?![\p{L}\p{M}])/gu,
    ' no sidecars ',
  ],
  [
    /(?<![\p{L}\p{M}])(?:belum|blm|belom)\s+(?:(?:terlalu|begitu)\s+)?(?:perlu|butuh|dibutuhkan|diperlukan|mau|ingin|pengen)(?![\p{L}\p{M}])/gu,
    ' not needed for now ',
  ],
  [
    /(?<![\p{L}\p{M}])(?:(?:jangan|bukan|belum|blm|tidak|gak|nggak)\s+(?:sekarang|skrg|saat ini|dalam waktu dekat)|(?:sekarang|skrg|saat ini)\s+(?:belum|blm|bukan waktunya|jangan dulu)|(?:bukan|belum)\s+(?:waktunya|saatnya))(?![\p{L}\p{M}])/gu,
    ' not now ',
  ],
  // "gak mau proxy yang berat": the need for a light one.
  [
    /(?<![\p{L}\p{M}])(?:tidak|tdk|tak|gak|ga|gk|nggak|ngga|enggak)\s+(?:mau|ingin|pengen)\s+(?:(?:pakai|pake)\s+)?(?:proxy|sidecar|mesh)?\s*(?:(?:yang|yg)\s+)?(?:terlalu\s+)?berat(?![\p{L}\p{M}])/gu,
    ' lightweight proxy ',
  ],
  [
    /(?<![\p{L}\p{M}])(?:(?:tidak|tdk|tak|gak|ga|gk|nggak|ngga|nggk|enggak|engga|kagak|ndak)\s+(?:(?:terlalu|begitu)\s+)?(?:perlu|butuh|usah|mau|ingin|pengen|pengin|pingin|memerlukan|membutuhkan|dibutuhkan|diperlukan|minat|berminat|kepake|kepakai|dipakai|dipake)|gausah|gaperlu|gamau|gakmau|ogah)(?![\p{L}\p{M}])/gu,
    ' not needed ',
  ],
  [
    /(?<![\p{L}\p{M}])(?:ditunda|menunda|tunda(?:\s+dulu)?|nanti\s+(?:dulu|aja|saja|deh|ajalah)|dipending|di-pending|diundur|dikesampingkan|(?:ditaruh|disimpan|ditahan|tahan|nunggu|menunggu)\s+dulu)(?![\p{L}\p{M}])/gu,
    ' deferred ',
  ],
  [
    /(?<![\p{L}\p{M}])(?:ditolak|menolak|tolak|dicoret|(?:sudah|udah|sdh|udh)\s+(?:bilang|jawab|putuskan|diputuskan|memutuskan)\s+(?:tidak|gak|nggak|enggak|ga|no)|diputuskan\s+(?:tidak|gak|nggak)|(?:gak|nggak|ga|tidak)\s+jadi|dibatalkan|batal)(?![\p{L}\p{M}])/gu,
    ' rejected ',
  ],
  [
    /(?<![\p{L}\p{M}])(?:tahun depan|thn depan|th depan|taun depan|tahun berikutnya)(?![\p{L}\p{M}])/gu,
    ' next year ',
  ],
  [
    /(?<![\p{L}\p{M}])(?:nanti|nantinya|belakangan|kapan-kapan|kapan2|lain kali|lain waktu|ntar|entar)(?![\p{L}\p{M}])/gu,
    ' later ',
  ],
  [
    /(?<![\p{L}\p{M}])(?:untuk sekarang|untuk saat ini|buat sekarang|buat saat ini|sementara ini|sementara waktu|sementara|saat ini|sekarang ini|sekarang|skrg|skrang)(?![\p{L}\p{M}])/gu,
    ' for now ',
  ],
  [
    /(?<![\p{L}\p{M}])(?:sudah|udah|sdh|udh|telah)\s+(?:di-(?:handle|tangani|urus|cover|kerjakan|atasi)|ditangani|diurus|dihandle|dicover|diatasi|dikerjakan|diberesin)(?:\s+(?:oleh|sama|sm|ama|pakai|pake|dengan|dgn|lewat|via))?(?![\p{L}\p{M}])/gu,
    ' already handled by ',
  ],
  [
    /(?<![\p{L}\p{M}\p{N}])(?!(?:we|saya|aku|gue|gw|tim|team|kan|sih|itu|ini)(?![\p{L}\p{M}]))([\p{L}\p{N}._-]+)\s+(?:sudah|udah|sdh|udh|telah)\s+(?:menyediakan|nyediain|menangani|nanganin|handle|ngehandle|nge-handle|meng-handle|cover|ngecover|nge-cover|meng-cover|mengcover|mengurus|ngurusin|ngurus|mengatasi|ngatasin)(?![\p{L}\p{M}])/gu,
    ' already handled by $1 ',
  ],
  [/(?<![\p{L}\p{M}])(?:sudah|udah|sdh|udh|telah)(?![\p{L}\p{M}])/gu, ' already '],
  [
    /(?<![\p{L}\p{M}])(?:(?:cuma|cuman|hanya|sekadar|sekedar|cm)\s+(?:penasaran|ingin tahu|ingin tau|pengen tau|pengen tahu|nanya|bertanya|tanya|iseng)(?:\s+(?:aja|saja|doang|sih))?|penasaran(?:\s+(?:aja|saja|doang|sih))?|iseng(?:\s+(?:nanya|tanya|aja|doang))?|(?:nanya|tanya)\s+(?:doang|aja|saja))(?![\p{L}\p{M}])/gu,
    ' only curious ',
  ],
  [
    /(?<![\p{L}\p{M}])(?:bukan|bkn)\s+(?:masalah|isu|issue|persoalan|problem)(?![\p{L}\p{M}])/gu,
    ' not an issue ',
  ],
  [
    /(?<![\p{L}\p{M}])(?:(?:tidak|tdk|tak|gak|ga|gk|nggak|ngga|enggak|engga|kagak)\s+(?:(?:jadi|menjadi)\s+)?(?:masalah|apa-apa|apa2|papa|bermasalah)|gpp|gapapa|aman aja|aman kok)(?![\p{L}\p{M}])/gu,
    ' not a problem ',
  ],

  // The needs: specific phrases first.
  [/(?<![\p{L}\p{M}])(?:pembaruan|pembaharuan|update)\s+bergulir(?![\p{L}\p{M}])/gu, ' rolling update '],
  [
    /(?<![\p{L}\p{M}])(?:rilis|deploy|peluncuran|rollout|release|merilis|meluncurkan)\s+(?:secara\s+)?(?:bertahap|sedikit demi sedikit|pelan-pelan|pelan pelan|perlahan)(?![\p{L}\p{M}])/gu,
    ' gradual release ',
  ],
  [
    /(?<![\p{L}\p{M}])(?:(?:secara\s+)?bertahap|sedikit demi sedikit|pelan-pelan|pelan pelan|pelan2|perlahan-lahan|perlahan)(?![\p{L}\p{M}])/gu,
    ' gradual ',
  ],
  [/(?<![\p{L}\p{M}])(?:rilis|perilisan|merilis|dirilis|peluncuran)(?![\p{L}\p{M}])/gu, ' release '],
  [
    /(?<![\p{L}\p{M}])(?:bagi|membagi|pembagian|memecah|pecah|bagi-bagi|split|membelah)\s+(?:traffic|trafik|lalu lintas|request)(?:nya)?(?![\p{L}\p{M}])/gu,
    ' traffic split ',
  ],
  [
    /(?<![\p{L}\p{M}])(?:tingkat|rasio|persentase)\s+(?:keberhasilan|sukses|berhasil)(?![\p{L}\p{M}])/gu,
    ' success rate ',
  ],
  [
    /(?<![\p{L}\p{M}])(?:(?:berdasarkan|pakai|pake|sesuai|dengan)\s+(?:bobot|persentase|persen)|berbobot|bobot)(?![\p{L}\p{M}])/gu,
    ' weighted ',
  ],
  [
    /(?<![\p{L}\p{M}])(?:berdasarkan|berbasis|pakai|pake|lewat|menurut|sesuai)\s+(?:http\s+)?headers?(?![\p{L}\p{M}])/gu,
    ' header based ',
  ],
  [
    /(?<![\p{L}\p{M}])(?:(?:tiap|setiap|masing-masing|berdasarkan)\s+(?:path|jalur|endpoint|url|rute|route)|per\s+(?:jalur|rute))(?![\p{L}\p{M}])/gu,
    ' per path ',
  ],
  [
    /(?<![\p{L}\p{M}])(?:perutean|merutekan|pengarahan|mengarahkan|arahkan|rutenya|rute)(?![\p{L}\p{M}])/gu,
    ' routing ',
  ],
  [
    /(?<![\p{L}\p{M}])(?:injeksi|menyuntikkan|menyuntik|suntik|nyuntik|simulasi|mensimulasikan|bikin|membuat|sengaja bikin)\s+(?:fault|kesalahan|error|eror|gangguan|kegagalan|kerusakan)(?![\p{L}\p{M}])/gu,
    ' fault injection ',
  ],
  [
    /(?<![\p{L}\p{M}])(?:(?:injeksi|menyuntikkan|suntik|nyuntik|simulasi|mensimulasikan|sengaja)\s+(?:delay|penundaan|jeda|latensi)|penundaan|jeda)(?![\p{L}\p{M}])/gu,
    ' delay ',
  ],
  [
    /(?<![\p{L}\p{M}])(?:duplikasi|menduplikasi|duplikat|menyalin|salin|kopi|mencerminkan|cerminkan)\s+(?:traffic|trafik|lalu lintas|request)(?![\p{L}\p{M}])/gu,
    ' mirroring ',
  ],
  [
    /(?<![\p{L}\p{M}])(?:kontrol|kendali|pengendalian|pembatasan|pengaturan|manajemen)\s+(?:hak\s+)?akses(?![\p{L}\p{M}])/gu,
    ' access control ',
  ],
  [/(?<![\p{L}\p{M}])(?:otorisasi|hak akses|perizinan)(?![\p{L}\p{M}])/gu, ' authorization '],
  [
    /(?<![\p{L}\p{M}])(?:(?:sangat\s+|lebih\s+)?(?:rinci|terperinci|mendetail|detil)|sampai ke level|sampai level|granularitas)(?![\p{L}\p{M}])/gu,
    ' fine grained ',
  ],
  [/(?<![\p{L}\p{M}])(?:kebijakan|peraturan|aturan)(?![\p{L}\p{M}])/gu, ' policy '],
  [/(?<![\p{L}\p{M}])(?:ekstensi|pengaya)(?![\p{L}\p{M}])/gu, ' plugin '],
  [/(?<![\p{L}\p{M}])(?:penyaring|penyaringan|menyaring|saring)(?![\p{L}\p{M}])/gu, ' filter '],
  [
    /(?<![\p{L}\p{M}])(?:kustomisasi|dikustom|kustom|(?:bikin|buat|tulis|nulis|racik)\s+sendiri|khusus)(?![\p{L}\p{M}])/gu,
    ' custom ',
  ],
  [
    /(?<![\p{L}\p{M}])(?:(?:satu|1|sebuah)\s+(?:titik|pintu|jalur|ip|gerbang)\s+(?:keluar|egress)(?:\s+(?:saja|aja|tunggal|yang sama))?|(?:titik|pintu|jalur)\s+keluar\s+(?:tunggal|yang sama|satu-satunya))(?![\p{L}\p{M}])/gu,
    ' single exit point ',
  ],
  [
    /(?<![\p{L}\p{M}])(?:(?:keluar|akses keluar)\s+(?:ke\s+)?internet|akses internet)(?![\p{L}\p{M}])/gu,
    ' internet egress ',
  ],
  [/(?<![\p{L}\p{M}])(?:gateway|gerbang)\s+(?:keluar|egress)(?![\p{L}\p{M}])/gu, ' egress gateway '],
  [
    /(?<![\p{L}\p{M}])(?:traffic|trafik|lalu lintas|koneksi|request)\s+(?:yang\s+|yg\s+)?(?:keluar|ke luar|outbound)(?![\p{L}\p{M}])/gu,
    ' outbound traffic ',
  ],
  [
    /(?<![\p{L}\p{M}])(?:traffic|trafik|lalu lintas|koneksi|request)\s+(?:yang\s+|yg\s+)?masuk(?![\p{L}\p{M}])/gu,
    ' ingress ',
  ],
  [/(?<![\p{L}\p{M}])jalur keluar(?![\p{L}\p{M}])/gu, ' egress '],
  [/(?<![\p{L}\p{M}])(?:eksternal|dari luar|pihak ketiga|luar)(?![\p{L}\p{M}])/gu, ' external '],
  [/(?<![\p{L}\p{M}])gerbang(?![\p{L}\p{M}])/gu, ' gateway '],
  [/(?<![\p{L}\p{M}])(?:mengaudit|pengauditan|diaudit)(?![\p{L}\p{M}])/gu, ' audit '],
  [/(?<![\p{L}\p{M}])(?:pencatatan|catatan log|log-nya|lognya|catatan)(?![\p{L}\p{M}])/gu, ' logs '],
  [
    /(?<![\p{L}\p{M}])(?:(?:membuktikan|buktikan|bukti|tahu|tau|mengetahui|melacak|lacak)\s+)?(?:pod|service|layanan)\s+(?:mana|apa)\s+(?:yang|yg)\s+(?:memanggil|manggil|mengakses|ngakses|nge-call|ngecall|call|menghubungi)(?![\p{L}\p{M}])/gu,
    ' prove which pod called ',
  ],
  [/(?<![\p{L}\p{M}])(?:lintas|antar-)\s*(?:cluster|klaster|kluster)(?![\p{L}\p{M}])/gu, ' cross-cluster '],
  [
    /(?<![\p{L}\p{M}])(?:(?:antar|antara)\s+(?:cluster|klaster|kluster)|(?:di|ke)\s+(?:semua|seluruh|banyak|beberapa)\s+(?:cluster|klaster|kluster))(?![\p{L}\p{M}])/gu,
    ' across clusters ',
  ],
  [
    /(?<![\p{L}\p{M}])(?:banyak|beberapa|lebih dari satu|berbagai)\s+(?:cluster|klaster|kluster)(?![\p{L}\p{M}])/gu,
    ' multiple clusters ',
  ],
  [/(?<![\p{L}\p{M}])(?:klaster|kluster)(?![\p{L}\p{M}])/gu, ' cluster '],
  [
    /(?<![\p{L}\p{M}])(?:(?:pindah|beralih|alih|peralihan|pengalihan)\s+otomatis|cadangan)(?![\p{L}\p{M}])/gu,
    ' failover ',
  ],
  [/(?<![\p{L}\p{M}])(?:wilayah|daerah|zona)(?![\p{L}\p{M}])/gu, ' region '],
  [/(?<![\p{L}\p{M}])(?:memori|memorinya)(?![\p{L}\p{M}])/gu, ' memory '],
  [
    /(?<![\p{L}\p{M}])(?:pembatasan\s+(?:laju|rate|request|kecepatan)|(?:batasi|membatasi|batas|limit)\s+(?:jumlah\s+)?(?:request|rate))(?![\p{L}\p{M}])/gu,
    ' rate limiting ',
  ],
  [
    /(?<![\p{L}\p{M}])(?:mepet|terbatas|pas-pasan|pas pasan|ngepas|hampir penuh|hampir habis|tinggal sedikit|sisa sedikit|menipis|sempit|minim|seret)(?![\p{L}\p{M}])/gu,
    ' tight ',
  ],
  [/(?<![\p{L}\p{M}])(?:sumber daya|sumberdaya|sumber dayanya)(?![\p{L}\p{M}])/gu, ' resources '],
  [/(?<![\p{L}\p{M}])(?:beban|biaya|ongkos)\s+tambahan(?![\p{L}\p{M}])/gu, ' overhead '],
  [
    /(?<![\p{L}\p{M}])(?:seringan mungkin|seringan-ringannya|paling ringan|lebih ringan|ringan|enteng)(?![\p{L}\p{M}])/gu,
    ' lightweight ',
  ],
  [/(?<![\p{L}\p{M}])berat(?![\p{L}\p{M}])/gu, ' heavy '],
  [/(?<![\p{L}\p{M}])(?:latensi|latensinya)(?![\p{L}\p{M}])/gu, ' latency '],
  [
    /(?<![\p{L}\p{M}])(?:node\s+(?:(?:yang|yg)\s+)?(?:kecil-kecil|kecil2|kecil|mungil|lemah|kentang|spek rendah|spesifikasi rendah)|(?:mesin|server)\s+kecil)(?![\p{L}\p{M}])/gu,
    ' small nodes ',
  ],
  [/(?<![\p{L}\p{M}])(?:node-node|nodenya|simpul)(?![\p{L}\p{M}])/gu, ' nodes '],
  [
    /(?<![\p{L}\p{M}])(?:(?:uji|tes|pengujian|ngetes)\s+(?:performa|kinerja|beban)|tolok ukur)(?![\p{L}\p{M}])/gu,
    ' benchmark ',
  ],
  [/(?<![\p{L}\p{M}])(?:performanya|performa|kinerjanya|kinerja)(?![\p{L}\p{M}])/gu, ' performance '],
  [
    /(?<![\p{L}\p{M}])(?:enkripsi|mengenkripsi)\s+(?:(?:semua|seluruh)\s+)?(?:(?:traffic|trafik|lalu lintas|komunikasi|koneksi)\s+)?(?:antar|antara)\s+(?:services?|layanan|microservices?|servis)(?![\p{L}\p{M}])/gu,
    ' encrypt traffic between services ',
  ],
  [
    /(?<![\p{L}\p{M}])(?:enkripsi|mengenkripsi|dienkripsi|terenkripsi|enkrip)(?![\p{L}\p{M}])/gu,
    ' encryption ',
  ],
  [/(?<![\p{L}\p{M}])(?:metrik|metriks|metriknya)(?![\p{L}\p{M}])/gu, ' metrics '],
  [/(?<![\p{L}\p{M}])(?:dasbor|dashbor|dasbornya)(?![\p{L}\p{M}])/gu, ' dashboards '],
  [/(?<![\p{L}\p{M}])(?:pemantauan|memantau|pantau|mantau|dipantau)(?![\p{L}\p{M}])/gu, ' monitoring '],
  [
    /(?<![\p{L}\p{M}])(?:sejak|dari|mulai)\s+(?:hari\s+)?(?:pertama|awal)(?:\s+(?:banget|sekali))?(?![\p{L}\p{M}])/gu,
    ' from day one ',
  ],
  [/(?<![\p{L}\p{M}])(?:langsung|segera|seketika|saat itu juga)(?![\p{L}\p{M}])/gu, ' right away '],
  [
    /(?<![\p{L}\p{M}])(?:(?:baru|sudah|udah|sdh|already)\s+(?:dipindahkan|dipindah|pindah|dimigrasi|migrasi|migrate|dimigrate)\s+(\d+)\s*(?:dari|\/)\s*(\d+)|(\d+)\s*(?:dari|\/)\s*(\d+)\s+(?:services?|layanan|servis)\s+(?:(?:sudah|udah|sdh|already)\s+)?(?:dipindahkan|dipindah|pindah|dimigrasi|migrasi|dimigrate))(?![\p{L}\p{M}])/gu,
    ' halfway through migration $1$3 of $2$4 moved ',
  ],
  [
    /(?<![\p{L}\p{M}])(?:(?:setengah|separuh)\s+(?:jalan|migrasi|proses)|(?:sedang|lagi|masih)\s+(?:dalam\s+)?(?:proses\s+)?(?:migrasi|pindah|migrate|memindahkan)|(?:di\s+)?tengah(?:-tengah)?\s+(?:proses\s+)?(?:migrasi|pindah|perpindahan)|baru sebagian)(?![\p{L}\p{M}])/gu,
    ' halfway through migration ',
  ],
  [
    /(?<![\p{L}\p{M}])(?:(?:pindah|migrasi|beralih|migrate|ganti|hijrah|move|transisi|memindahkan)\s+)?dari\s+(istio|linkerd|cilium|consul|kuma)\s+(?:ke|menuju)\s+(istio|linkerd|cilium|consul|kuma)(?![\p{L}\p{M}])/gu,
    ' moving from $1 to $2 ',
  ],
  [
    /(?<![\p{L}\p{M}])(?:migrasinya|migrasi|memigrasi|dimigrasi|perpindahan)(?![\p{L}\p{M}])/gu,
    ' migration ',
  ],
  // Plain "pindah" moves anything ("traffic pindah ke sby" in a failover): no migration between meshes.
  [/(?<![\p{L}\p{M}])(?:pindah|memindahkan|dipindah)(?![\p{L}\p{M}])/gu, ' move '],
  [
    /(?<![\p{L}\p{M}])(?:(?:jalan|jalankan|menjalankan|jalanin|dijalankan)\s+(?:(?:keduanya|dua-duanya|dua2nya)\s+)?(?:berdampingan|paralel|bersamaan|barengan|bareng)|berdampingan|secara paralel|paralel)(?![\p{L}\p{M}])/gu,
    ' run both side by side ',
  ],
  [
    /(?<![\p{L}\p{M}])(?:(?:pakai|pake|gunakan|menggunakan|kombinasikan|gabungkan|gabung|pakek)\s+(?:keduanya|dua-duanya|dua2nya|dua duanya|sekaligus)(?:\s+(?:sekaligus|bersamaan|bareng|barengan))?|keduanya sekaligus|dua-duanya|keduanya|digabung)(?![\p{L}\p{M}])/gu,
    ' both together ',
  ],
  [
    /(?<![\p{L}\p{M}])(?:(?:kembali|balik)(?:\s+lagi)?\s+ke|(?:kembali|balik)\s+lagi|mundur ke)(?![\p{L}\p{M}])/gu,
    ' go back ',
  ],
  [/(?<![\p{L}\p{M}])(?:mesh layanan|jaring layanan)(?![\p{L}\p{M}])/gu, ' service mesh '],
  [
    /(?<![\p{L}\p{M}])(?:layanan mikro|mikroservis|microservis|mikro servis)(?![\p{L}\p{M}])/gu,
    ' microservices ',
  ],
  [/(?<![\p{L}\p{M}])(?:layanannya|layanan|servisnya|servis)(?![\p{L}\p{M}])/gu, ' services '],

  // Topics of how-to and general questions.
  [
    /(?<![\p{L}\p{M}])(?:(?:cara\s+)?(?:pengucapannya|pengucapan|pelafalannya|pelafalan|melafalkan|ngucapinnya|ngucapin|mengucapkannya|mengucapkan)|cara\s+(?:bacanya|baca|membacanya)|(?:bacanya|dibacanya|dibaca)\s+(?:gimana|bagaimana|gmn|yang benar|yg bener|yang bener))(?![\p{L}\p{M}])/gu,
    ' pronounce ',
  ],
  [
    /(?<![\p{L}\p{M}])(?:(?:gimana|bagaimana|gmn|gmana|bgmn|gimane)\s+(?:sih\s+)?(?:caranya|cara|biar|supaya|agar|untuk)|(?:bagaimana|gimana)\s+(?:we|saya|aku|gue)(?:\s+(?:bisa|dapat))?|caranya|cara|langkah-langkah|langkah2)(?![\p{L}\p{M}])/gu,
    ' how do i ',
  ],
  [
    /(?<![\p{L}\p{M}])(?:kayak gimana|kaya gimana|gimana|bagaimana|gmn|gmana|bgmn|gimane|seperti apa|kayak apa)(?![\p{L}\p{M}])/gu,
    ' how ',
  ],
  [
    /(?<![\p{L}\p{M}])(?:(?:apa|ada apa)\s+(?:(?:aja|saja)\s+)?(?:yang|yg)\s+baru|ada\s+(?:yang|yg)\s+baru|fitur(?:-fitur)?\s+baru|hal(?:-hal)?\s+baru|perubahan\s+(?:baru|terbaru))(?![\p{L}\p{M}])/gu,
    ' what is new ',
  ],
  [
    /(?<![\p{L}\p{M}])(?:terbaru|paling baru|paling anyar|terkini|terupdate|paling update)(?![\p{L}\p{M}])/gu,
    ' latest ',
  ],
  [
    /(?<![\p{L}\p{M}])(?:kenapa|mengapa|knp|napa|kok bisa|apa alasannya|alasannya|alasan)(?![\p{L}\p{M}])/gu,
    ' why ',
  ],
  [
    /(?<![\p{L}\p{M}])(?:apa\s+(?:itu|sih\s+itu|sih|tuh)|apaan(?:\s+(?:sih|tuh|itu))?|itu\s+apa|apa\s+(?:maksudnya|artinya|maksud|arti)|(?:maksudnya|artinya|pengertian|definisi)(?:\s+(?:dari\s+)?apa)?)(?![\p{L}\p{M}])/gu,
    ' what is ',
  ],
  [
    /(?<![\p{L}\p{M}])(?:perbedaannya|perbedaan|bedanya|beda|berbeda|membedakan|bedain)(?![\p{L}\p{M}])/gu,
    ' compare difference ',
  ],
  [
    /(?<![\p{L}\p{M}])(?:bandingkan|membandingkan|perbandingannya|perbandingan|dibandingkan|dibandingin|dibanding|bandingin|banding|komparasi)(?![\p{L}\p{M}])/gu,
    ' compare ',
  ],
  [/(?<![\p{L}\p{M}])(?:sertifikatnya|sertifikat|sertif)(?![\p{L}\p{M}])/gu, ' certificate '],
  [
    /(?<![\p{L}\p{M}])(?:rotasinya|rotasi|merotasikan|merotasi|dirotasi|perputaran|perpanjangan|perpanjang|memperpanjang|diperpanjang|(?:ganti|diganti|pergantian)\s+berkala)(?![\p{L}\p{M}])/gu,
    ' rotation ',
  ],
  [
    /(?<![\p{L}\p{M}])(?:(?:naik|naikkan|naikin|menaikkan|update)\s+versi|memperbarui|perbarui|pembaruan|pembaharuan|mengupgrade|ngupgrade|diupgrade|di-upgrade|pemutakhiran)(?![\p{L}\p{M}])/gu,
    ' upgrade ',
  ],
  [
    /(?<![\p{L}\p{M}])(?:menginstal|menginstall|instalasi|instal|nginstal|nginstall|diinstal|diinstall|pemasangan|memasang|dipasang|pasangnya|pasang|masang)(?![\p{L}\p{M}])/gu,
    ' install ',
  ],
  [
    /(?<![\p{L}\p{M}])(?:konfigurasinya|konfigurasi|mengkonfigurasi|mengonfigurasi|konfig|ngonfig|mengatur|ngaturnya|ngatur|atur|pengaturan|setingan|settingan|seting|nyetting|nyeting|disetting)(?![\p{L}\p{M}])/gu,
    ' configure ',
  ],
  [
    /(?<![\p{L}\p{M}])(?:menonaktifkan|nonaktifkan|nonaktif|mematikan|matikan|dimatikan|matiin)(?![\p{L}\p{M}])/gu,
    ' disable ',
  ],
  [
    /(?<![\p{L}\p{M}])(?:mengaktifkannya|mengaktifkan|aktifkan|aktifin|ngaktifin|ngaktifkan|menyalakan|nyalakan|nyalain|menghidupkan|hidupkan|idupin)(?![\p{L}\p{M}])/gu,
    ' enable ',
  ],
  [/(?<![\p{L}\p{M}])(?:diaktifkan|teraktifkan|aktif|menyala|nyala)(?![\p{L}\p{M}])/gu, ' enabled '],
  [
    /(?<![\p{L}\p{M}])(?:observabilitas|keteramatan|kemampuan observasi|observasi)(?![\p{L}\p{M}])/gu,
    ' observability ',
  ],
  [/(?<![\p{L}\p{M}])(?:pelacakan|penelusuran|melacak|lacak|jejak)(?![\p{L}\p{M}])/gu, ' tracing '],
  [
    /(?<![\p{L}\p{M}])(?:(?:coba|mencoba|percobaan|nyoba)\s+(?:ulang|lagi)|pengulangan)(?![\p{L}\p{M}])/gu,
    ' retries ',
  ],
  [
    /(?<![\p{L}\p{M}])(?:batas waktu|waktu habis|kehabisan waktu|waktu tunggu)(?![\p{L}\p{M}])/gu,
    ' timeout ',
  ],
  [/(?<![\p{L}\p{M}])pemutus\s+(?:sirkuit|arus|rangkaian)(?![\p{L}\p{M}])/gu, ' circuit breaker '],
  [
    /(?<![\p{L}\p{M}])(?:penyeimbang|penyeimbangan|pembagian|pembagi|bagi|membagi|penyebaran|menyeimbangkan)\s+beban(?![\p{L}\p{M}])/gu,
    ' load balancing ',
  ],
  [/(?<![\p{L}\p{M}])(?:bidang|lapisan|bagian)\s+kontrol(?![\p{L}\p{M}])/gu, ' control plane '],
  [/(?<![\p{L}\p{M}])(?:bidang|lapisan|bagian)\s+data(?![\p{L}\p{M}])/gu, ' data plane '],
  [
    /(?<![\p{L}\p{M}])(?:biaya\s+(?:orang|sdm|tenaga kerja|tenaga|personel|manusia|engineer|karyawan|gaji)|ongkos orang)(?![\p{L}\p{M}])/gu,
    ' people cost ',
  ],
  [/(?<![\p{L}\p{M}])(?:anggarannya|anggaran|bujet)(?![\p{L}\p{M}])/gu, ' budget '],
  [
    /(?<![\p{L}\p{M}])(?:(?:daftar|skema|model)\s+harga|berapa harganya|harganya|harga)(?![\p{L}\p{M}])/gu,
    ' pricing ',
  ],
  [/(?<![\p{L}\p{M}])(?:gratisan|gratis|cuma-cuma)(?![\p{L}\p{M}])/gu, ' free '],
  [
    /(?<![\p{L}\p{M}])(?:biayanya|biaya|ongkosnya|ongkos|mahal|berbayar|membayar|bayar|keluar duit|keluar uang)(?![\p{L}\p{M}])/gu,
    ' cost ',
  ],
  [/(?<![\p{L}\p{M}])(?:lisensinya|lisensi)(?![\p{L}\p{M}])/gu, ' license '],
  [/(?<![\p{L}\p{M}])(?:bawaannya|bawaan|secara default|defaultnya)(?![\p{L}\p{M}])/gu, ' default '],
  [
    /(?<![\p{L}\p{M}])(?:penggunaannya|penggunaan|pemakaiannya|pemakaian|konsumsi|mengonsumsi|mengkonsumsi|memakan|makan|boros)(?![\p{L}\p{M}])/gu,
    ' usage ',
  ],
  [
    /(?<![\p{L}\p{M}])(?:mengurangi|kurangi|kurangin|ngurangin|dikurangi|menurunkan|turunkan|nurunin|menekan|memperkecil|menghemat|hemat|mengecilkan)(?![\p{L}\p{M}])/gu,
    ' reduce ',
  ],
  [
    /(?<![\p{L}\p{M}])(?:(?:memecahkan|pemecahan|mengatasi|atasi|ngatasin|menyelesaikan|nyelesain|selesaikan|solusi)\s+masalah|ngedebug|nge-debug|mendebug|men-debug|menginvestigasi|investigasi|(?:mencari|cari)\s+penyebab|cari tahu kenapa|mengatasi|ngatasin)(?![\p{L}\p{M}])/gu,
    ' troubleshoot ',
  ],
  [
    /(?<![\p{L}\p{M}])(?:jebakan|kesalahan umum|masalah umum|(?:hal|apa)(?:\s+(?:saja|aja))?\s+(?:yang|yg)\s+(?:perlu|harus)\s+(?:diperhatikan|diwaspadai|dihindari)|(?:perlu|harus)\s+(?:diperhatikan|diwaspadai)|hati-hati|kendalanya|kendala|kekurangannya|kekurangan)(?![\p{L}\p{M}])/gu,
    ' pitfalls ',
  ],
  [/(?<![\p{L}\p{M}])(?:kesalahan|galat|erornya|eror|bermasalah|gagal)(?![\p{L}\p{M}])/gu, ' error '],
  [/(?<![\p{L}\p{M}])(?:mogok|tumbang|ambruk|sering mati|mati-mati|mati|keok)(?![\p{L}\p{M}])/gu, ' crash '],
  [/(?<![\p{L}\p{M}])(?:ngehang|nge-hang|macet|nyangkut|membeku)(?![\p{L}\p{M}])/gu, ' hang '],
  [/(?<![\p{L}\p{M}])(?:lambat|lemot|lelet|pelan|lama banget|lama sekali)(?![\p{L}\p{M}])/gu, ' slow '],
  [/(?<![\p{L}\p{M}])(?:versinya|versi)(?![\p{L}\p{M}])/gu, ' version '],
  [/(?<![\p{L}\p{M}])(?:perusahaan-perusahaan|perusahaan|korporasi)(?![\p{L}\p{M}])/gu, ' companies '],
  [/(?<![\p{L}\p{M}])(?:komunitasnya|komunitas)(?![\p{L}\p{M}])/gu, ' community '],
  [/(?<![\p{L}\p{M}])(?:sejarahnya|sejarah|asal-usulnya|asal-usul|asal usul)(?![\p{L}\p{M}])/gu, ' history '],
  [
    /(?<![\p{L}\p{M}])(?:mengadopsi|adopsi|menerapkan|penerapan|diterapkan|mengimplementasikan|implementasikan|implementasi)(?![\p{L}\p{M}])/gu,
    ' adopt ',
  ],
  [
    /(?<![\p{L}\p{M}])(?:terlalu\s+(?:dini|cepat|awal|prematur)|masih\s+(?:terlalu\s+)?(?:dini|prematur)|kecepetan|kepagian)(?![\p{L}\p{M}])/gu,
    ' too early ',
  ],
  [
    /(?<![\p{L}\p{M}])(?:proxy|proksi)\s+(?:di\s+)?(?:level|tingkat|tingkatan|per|tiap|setiap)\s+node(?![\p{L}\p{M}])/gu,
    ' node level proxy ambient ',
  ],
  [/(?<![\p{L}\p{M}])(?:proksinya|proksi)(?![\p{L}\p{M}])/gu, ' proxy '],
  [/(?<![\p{L}\p{M}])(?:meneruskan|teruskan|diteruskan|nerusin|terusin)(?![\p{L}\p{M}])/gu, ' forward '],
  [
    /(?<![\p{L}\p{M}])(?:mengizinkan|izinkan|diizinkan|izinin|mengijinkan|ijinkan|diijinkan|membolehkan|bolehkan|dibolehkan)(?![\p{L}\p{M}])/gu,
    ' allow ',
  ],
  [/(?<![\p{L}\p{M}])(?:nama domain|domain-domain)(?![\p{L}\p{M}])/gu, ' domains '],
  [
    /(?<![\p{L}\p{M}])(?:memblokir|diblokir|blokir|ngeblokir|ngeblok|memblok|diblok|blok)(?![\p{L}\p{M}])/gu,
    ' block ',
  ],
  [/(?<![\p{L}\p{M}])(?:kurva belajar|belajar|mempelajari|pelajari|dipelajari)(?![\p{L}\p{M}])/gu, ' learn '],
  [/(?<![\p{L}\p{M}])(?:komponennya|komponen)(?![\p{L}\p{M}])/gu, ' components '],
  [
    /(?<![\p{L}\p{M}])(?:alternatifnya|alternatif|penggantinya|pengganti|ganti ke|beralih ke|beralih|menggantikan|gantiin|ganti)(?![\p{L}\p{M}])/gu,
    ' alternative switch ',
  ],
  [/(?<![\p{L}\p{M}])(?:fitur-fitur|fitur2|fiturnya|fitur)(?![\p{L}\p{M}])/gu, ' features '],
  [/(?<![\p{L}\p{M}])(?:koneksinya|koneksi|sambungan)(?![\p{L}\p{M}])/gu, ' connection '],
  [
    /(?<![\p{L}\p{M}])urutan\s+(?:start-up|startup|start|mulai|menyala|nyalanya|nyala|boot|jalan)(?![\p{L}\p{M}])/gu,
    ' startup order ',
  ],
  [
    /(?<![\p{L}\p{M}])(?:(?:memulai|mulai|start)\s+ulang|direstart|di-restart|ngerestart)(?![\p{L}\p{M}])/gu,
    ' restart ',
  ],
  [/(?<![\p{L}\p{M}])(?:basis data|basisdata|pangkalan data)(?![\p{L}\p{M}])/gu, ' database '],
  [/(?<![\p{L}\p{M}])(?:antrean|antriannya|antrian)(?![\p{L}\p{M}])/gu, ' queue '],
  [/(?<![\p{L}\p{M}])(?:pemeriksaan|cek|pengecekan|probe)\s+kesehatan(?![\p{L}\p{M}])/gu, ' health probes '],
  [
    /(?<![\p{L}\p{M}])(?:autentikasi|otentikasi|authentikasi|otentikasinya)(?![\p{L}\p{M}])/gu,
    ' authentication ',
  ],
  [/(?<![\p{L}\p{M}])(?:keamanannya|keamanan)(?![\p{L}\p{M}])/gu, ' security '],
  [/(?<![\p{L}\p{M}])(?:lingkungan\s+)?produksi(?![\p{L}\p{M}])/gu, ' production '],
  [/(?<![\p{L}\p{M}])(?:dukungannya|dukungan|mendukung|didukung|disupport)(?![\p{L}\p{M}])/gu, ' support '],
  [/(?<![\p{L}\p{M}])(?:penyedianya|penyedia|vendornya)(?![\p{L}\p{M}])/gu, ' vendor '],
  [/(?<![\p{L}\p{M}])(?:mesin virtual|mesin vm)(?![\p{L}\p{M}])/gu, ' vm '],
  [/(?<![\p{L}\p{M}])berapa(?![\p{L}\p{M}])/gu, ' how much '],

  // General words, after every phrase that contains them.
  [
    /(?<![\p{L}\p{M}])(?:(?:harus|wajib)\s+(?:ada|punya)|kebutuhannya|kebutuhan|membutuhkan|memerlukan|dibutuhkan|diperlukan|perlu|butuh|wajib|harus|mesti)(?![\p{L}\p{M}])/gu,
    ' need ',
  ],
  [/(?<![\p{L}\p{M}])(?:kepengen|pengen|pengin|pingin|ingin|mau)(?![\p{L}\p{M}])/gu, ' want '],
  [
    /(?<![\p{L}\p{M}])(?:menggunakan|gunakan|digunakan|memakai|pakai|pake|pakek|dipakai|dipake)(?![\p{L}\p{M}])/gu,
    ' use ',
  ],
  [/(?<![\p{L}\p{M}])(?:menjalankan|jalankan|jalanin|dijalankan)(?![\p{L}\p{M}])/gu, ' run '],
  [/(?<![\p{L}\p{M}])apa(?![\p{L}\p{M}])/gu, ' what '],
  [/(?<![\p{L}\p{M}])(?:tidak|tdk|nggak|nggk|enggak|engga|ngga|gak|kagak)(?![\p{L}\p{M}])/gu, ' not '],
];
