/**
 * Needs and asks written in Chinese, Japanese or Korean around English mesh terms ("我们团队只有3个人，
 * 内存很紧张。Istio还是Linkerd？", "チームは2人で、マルチクラスタは不要です", "저희 팀은 4명이고 카나리
 * 배포가 필요합니다"). The rules and the ranker read English, so glossEnglish() puts the words that carry
 * a need, a ruling, a team size or the ask into English here, word for word and padded with spaces
 * (these scripts put none between words). The English that comes out is broken ("team only 3 people,
 * memory tight"), which the rules read as they read hurried English.
 *
 * Each script has its own table: 不要 is "not needed" after the noun in Japanese, and Chinese puts
 * 不要 / 不需要 before it ("do not need"). A text with kana is read as Japanese, one with Hangul as
 * Korean, one with only Han characters as Chinese. Longer words come before the shorter ones they
 * contain.
 */

type Table = ReadonlyArray<readonly [RegExp, string | ((match: string, ...groups: string[]) => string)]>;

const NUMERALS: Readonly<Record<string, string>> = {
  一: '1',
  二: '2',
  两: '2',
  兩: '2',
  三: '3',
  四: '4',
  五: '5',
  六: '6',
  七: '7',
  八: '8',
  九: '9',
  十: '10',
  한: '1',
  두: '2',
  세: '3',
  네: '4',
  다섯: '5',
  여섯: '6',
  일곱: '7',
  여덟: '8',
  아홉: '9',
  열: '10',
};
const people = (_: string, n: string) => ` ${NUMERALS[n] ?? n} people `;

/** Punctuation of these scripts as English punctuation with the space after it. */
const PUNCTUATION: Table = [
  [/[。．｡]/g, '. '],
  [/[、､]/g, ', '],
  [/[「」『』【】《》〈〉]/g, ' '],
  [/([?!:;,)])(?=\S)/g, '$1 '],
  [/(?<=\S)\(/g, ' ('],
];

const CHINESE: Table = [
  // The ask.
  [
    /(?:求推荐|求推薦|求建议|求建議|有什么建议|有什麼建議|给点建议|給點建議|建议一下|建議一下|你们会选|你們會選|你会选|你會選|你推荐|你推薦|推荐哪(?:个|一个|個|款)?|推薦哪(?:個|一個|款)?|(?:该|应该|應該)(?:选|選|用)(?:哪(?:个|一个|個)|什么|什麼)?|(?:选|選|用|选择|選擇)哪(?:个|一个|個|款)|哪(?:个|一个|個)(?:更好|好|更合适|更適合|合适|適合|比较好|比較好)|怎么选|怎麼選|如何选择|如何選擇)/g,
    ' which would you recommend? ',
  ],
  [/(?:推荐|推薦|建议|建議)/g, ' recommend '],
  [/(?:还是|還是|或者)/g, ' or '],
  // Who runs it.
  [/(?:只有我一个人|只有我一個人|就我一个人|就我一個人|我一个人|我一個人|只有我)/g, ' just me '],
  [/([0-9]+|[一二两兩三四五六七八九十])\s*(?:个人|個人|位|名|人)/g, people],
  [/(?:平台团队|平台團隊|平台组|平台組)/g, ' platform team '],
  [/(?:团队|團隊|小组|小組)/g, ' team '],
  [/(?:没有|沒有|缺乏|缺少)(?:任何)?\s*([a-z ]{0,20})\s*(?:经验|經驗)/g, ' no $1 experience '],
  [/(?:没经验|沒經驗|经验不足|經驗不足)/g, ' no experience '],
  [/(?:经验|經驗)/g, ' experience '],
  [/(?:运维负担|運維負擔|运维成本|運維成本)/g, ' operational burden '],
  [/(?:运维|運維|维护|維護)/g, ' operate '],
  [/(?:简单|簡單)/g, ' simple '],
  [/(?:容易|易于|易於)/g, ' easy '],
  [/(?:复杂|複雜)/g, ' complex '],
  [/(?:人手不足|人手不够|人手不夠|人手少)/g, ' small team '],
  // Rulings.
  [/(?:不需要|不需|不用|没必要|沒必要|用不到|用不上|不要)/g, ' do not need '],
  [/(?:暂时不|暫時不|暂不|暫不|先不)/g, ' not now '],
  [/(?:以后再说|以後再說|以后|以後|之后|之後|将来|將來)/g, ' later '],
  [/明年/g, ' next year '],
  [/(?:已经|已經)/g, ' already '],
  [/(?:正在|目前)/g, ' currently '],
  // The needs.
  [/(?:金丝雀|金絲雀|灰度发布|灰度發布|灰度)/g, ' canary '],
  [/(?:流量切分|流量分割|流量拆分|按比例)/g, ' weighted traffic split '],
  [/(?:权重|權重)/g, ' weights '],
  [/(?:基于|基於|按|根据|根據)\s*(header|请求头|請求頭)\s*(?:的)?\s*(?:路由)?/g, ' header based routing '],
  [/(?:请求头|請求頭)/g, ' header '],
  [/故障注入/g, ' fault injection '],
  [/(?:流量镜像|流量鏡像)/g, ' traffic mirroring '],
  [/(?:蓝绿|藍綠)/g, ' blue green '],
  [/路由/g, ' routing '],
  [/(?:发布|發布|部署)/g, ' release '],
  [/(?:细粒度|細粒度)/g, ' fine grained '],
  [/(?:授权|授權|鉴权|鑒權)/g, ' authorization '],
  [/(?:访问控制|訪問控制|权限控制|權限控制)/g, ' access control '],
  [/(?:每个路径|每個路徑|按路径|按路徑)/g, ' per path '],
  [/策略/g, ' policy '],
  [/插件/g, ' plugins '],
  [/(?:自定义|自定義)/g, ' custom '],
  [/(?:过滤器|過濾器)/g, ' filter '],
  [/(?:统一出口|統一出口)/g, ' one egress point '],
  [/(?:出口网关|出口網關)/g, ' egress gateway '],
  [/(?:出口|出站)/g, ' egress '],
  [/(?:网关|網關)/g, ' gateway '],
  [/(?:外部服务|外部服務)/g, ' external services '],
  [/外部/g, ' external '],
  [/(?:审计|審計)/g, ' audit '],
  [/(?:多集群|多個集群|多个集群|多叢集)/g, ' multi-cluster '],
  [/(?:跨集群|跨叢集)/g, ' cross-cluster '],
  [/(?:集群|叢集)/g, ' cluster '],
  [/(?:故障转移|故障轉移)/g, ' failover '],
  [/(?:跨区域|跨區域|多区域|多區域|多地域)/g, ' multi region '],
  [/(?:边车|邊車)/g, ' sidecar '],
  [/(?:无需|無需)/g, ' no need to '],
  [/(?:无|無|不带|不帶|去掉)\s*(?=sidecar|边车|邊車)/g, ' without '],
  [/(?:内存|內存|記憶體)/g, ' memory '],
  [/(?:很紧张|很緊張|紧张|緊張|吃紧|吃緊|不够|不夠|不足|很紧|很緊)/g, ' tight '],
  [/(?:资源|資源)/g, ' resources '],
  [/(?:开销|開銷)/g, ' overhead '],
  [/(?:轻量|輕量)/g, ' lightweight '],
  [/(?:延迟|延遲|时延|時延)/g, ' latency '],
  [/(?:性能)/g, ' performance '],
  [/(?:节点|節點)/g, ' nodes '],
  [/(?:双向tls|雙向tls)/g, ' mtls '],
  [/加密/g, ' encryption '],
  [/(?:监控指标|監控指標|指标|指標)/g, ' metrics '],
  [/(?:监控|監控)/g, ' monitoring '],
  [/成功率/g, ' success rate '],
  [/(?:开箱即用|開箱即用)/g, ' out of the box '],
  [/(?:第一天|马上|馬上|立刻|立即)/g, ' right away '],
  [/(?:迁移到一半|遷移到一半|迁移中|遷移中|迁移了一半|遷移了一半)/g, ' halfway through migration '],
  [/(?:迁移到|遷移到|迁到|遷到|换到|換到)/g, ' migrate to '],
  [/(?:迁移|遷移)/g, ' migrate '],
  [/(?:微服务|微服務)/g, ' microservices '],
  [/(?:服务|服務)/g, ' services '],
  [/(?:必须|必須)/g, ' must '],
  [/(?:需要)/g, ' need '],
  [/(?:想要|希望)/g, ' want '],
  [/(?:怎么样|怎麼樣|怎么|怎麼|如何|怎样|怎樣)/g, ' how do i '],
  [/(?:什么是|什麼是)/g, ' what is '],
  [/(?:是什么|是什麼)/g, ' what is it '],
  [/(?:区别|區別|差异|差異|对比|對比|比较|比較)/g, ' compare '],
  [/(?:证书|證書)/g, ' certificate '],
  [/(?:轮换|輪換)/g, ' rotation '],
  [/(?:升级|升級)/g, ' upgrade '],
  [/(?:安装|安裝)/g, ' install '],
  [/(?:配置)/g, ' configure '],
  [/(?:可观测性|可觀測性)/g, ' observability '],
  [/(?:链路追踪|鏈路追蹤|追踪|追蹤)/g, ' tracing '],
  [/(?:重试|重試)/g, ' retries '],
  [/(?:超时|超時)/g, ' timeout '],
  [/(?:熔断|熔斷)/g, ' circuit breaking '],
  [/(?:负载均衡|負載均衡)/g, ' load balancing '],
  [/(?:控制平面)/g, ' control plane '],
  [/(?:数据平面|數據平面)/g, ' data plane '],
  [/(?:入口)/g, ' ingress '],
  [/(?:成本|费用|費用)/g, ' cost '],
  [/(?:许可证|許可證)/g, ' license '],
  [/(?:默认|默認)/g, ' default '],
  [/(?:开启|開啟|启用|啟用)/g, ' enabled '],
  [/(?:模式)/g, ' mode '],
  [/(?:工作|运行|運行)/g, ' work '],
  [/(?:排查|故障排除)/g, ' troubleshoot '],
  [/(?:报错|報錯|错误|錯誤)/g, ' error '],
  [/(?:我们|我們|咱们)/g, ' we '],
  // Between two English words once the words around them are glossed.
  [/(?<=[a-z0-9])\s*(?:和|与|與|跟)\s*(?=[a-z])/g, ' and '],
  [/(?<=[a-z0-9])\s*或\s*(?=[a-z])/g, ' or '],
];

const JAPANESE: Table = [
  // The ask.
  [
    /(?:どちらがおすすめ|どっちがおすすめ|どれがおすすめ|どちらが良い|どちらがよい|どちらがいい|どっちがいい|どれがいい|どちらを選ぶ|どちらを選べば|どっちを選ぶ|どちらを使うべき|どっちを使うべき|どちらを採用|どっちにすべき|どちらにすべき|おすすめは|おすすめ|お勧め|オススメ|選ぶべき|推奨)/g,
    ' which would you recommend? ',
  ],
  [/(?:または|それとも)/g, ' or '],
  // Who runs it.
  [/(?:私一人|自分一人|私だけ|自分だけ|一人で|ひとりで)/g, ' just me '],
  [/(?:ふたり|二人)/g, ' 2 people '],
  [/([0-9]+|[一二三四五六七八九十])\s*(?:人|名)/g, people],
  [/(?:プラットフォームチーム|基盤チーム|インフラチーム)/g, ' platform team '],
  [/チーム/g, ' team '],
  [/(?:経験がない|経験がありません|経験なし|未経験|経験が浅い)/g, ' no experience '],
  [/経験/g, ' experience '],
  [/(?:運用負荷|運用コスト)/g, ' operational burden '],
  [/運用/g, ' operate '],
  [/(?:シンプル|簡単)/g, ' simple '],
  [/(?:楽に|楽な)/g, ' easy '],
  [/複雑/g, ' complex '],
  [/(?:手が回らない|人手不足)/g, ' small team '],
  // Rulings.
  [
    /(?:不要|必要ない|必要ありません|必要なし|必要はない|必要はありません|いらない|要らない|いりません|使わない)/g,
    ' not needed ',
  ],
  [/(?:見送り|先送り|後回し)/g, ' deferred '],
  [/却下/g, ' rejected '],
  [/(?:将来|来年|あとで|後で|いずれ)/g, ' later '],
  [/今は/g, ' for now '],
  [/(?:すでに|既に)/g, ' already '],
  // The needs.
  [/(?:カナリアリリース|カナリーリリース|カナリア|カナリー)/g, ' canary '],
  [/(?:トラフィック分割|トラフィックの分割)/g, ' traffic split '],
  [/重み付け/g, ' weighted '],
  [/(?:ヘッダーベース|ヘッダベース)/g, ' header based '],
  [/(?:ヘッダー|ヘッダ)/g, ' header '],
  [/ルーティング/g, ' routing '],
  [/(?:フォールトインジェクション|障害注入)/g, ' fault injection '],
  [/ミラーリング/g, ' mirroring '],
  [/段階的/g, ' gradual '],
  [/リリース/g, ' release '],
  [/認可/g, ' authorization '],
  [/(?:きめ細かい|きめ細かな|細かい)/g, ' fine grained '],
  [/アクセス制御/g, ' access control '],
  [/パスごと/g, ' per path '],
  [/ポリシー/g, ' policy '],
  [/プラグイン/g, ' plugin '],
  [/(?:フィルター|フィルタ)/g, ' filter '],
  [/(?:独自|カスタム)/g, ' custom '],
  [/(?:エグレスゲートウェイ|出口ゲートウェイ)/g, ' egress gateway '],
  [/(?:エグレス|出口)/g, ' egress '],
  [/ゲートウェイ/g, ' gateway '],
  [/外部/g, ' external '],
  [/監査/g, ' audit '],
  [/(?:マルチクラスター|マルチクラスタ)/g, ' multi-cluster '],
  [/(?:複数のクラスター|複数のクラスタ|複数クラスター|複数クラスタ)/g, ' multiple clusters '],
  [/(?:クラスター間|クラスタ間)/g, ' cross-cluster '],
  [/(?:クラスター|クラスタ)/g, ' cluster '],
  [/フェイルオーバー/g, ' failover '],
  [/(?:サイドカーレス|サイドカーなし|サイドカー無し|サイドカーを使わない)/g, ' no sidecars '],
  [/サイドカー/g, ' sidecar '],
  [/アンビエント/g, ' ambient '],
  [/メモリー?/g, ' memory '],
  [/(?:ギリギリ|ぎりぎり|逼迫|カツカツ|厳しい|タイト|不足)/g, ' tight '],
  [/リソース/g, ' resources '],
  [/オーバーヘッド/g, ' overhead '],
  [/(?:軽量|軽い)/g, ' lightweight '],
  [/(?:レイテンシー|レイテンシ|遅延)/g, ' latency '],
  [/ノード/g, ' nodes '],
  [/(?:パフォーマンス|性能)/g, ' performance '],
  [/暗号化/g, ' encryption '],
  [/(?:メトリクス|メトリック)/g, ' metrics '],
  [/成功率/g, ' success rate '],
  [/監視/g, ' monitoring '],
  [/(?:初日から|導入直後から|すぐに|すぐ)/g, ' right away '],
  [/(?:設定なしで|設定不要で)/g, ' with no config '],
  [/(?:移行中|移行の途中|移行途中)/g, ' halfway through migration '],
  [/移行/g, ' migration '],
  [/マイクロサービス/g, ' microservices '],
  [/サービス/g, ' services '],
  [/必要/g, ' need '],
  [/(?:欲しい|ほしい|したい)/g, ' want '],
  [/(?:どうやって|どうやる|どうすれば|どうしたら|やり方|方法)/g, ' how do i '],
  [/とは/g, ' what is '],
  [/(?:違い|比較)/g, ' compare '],
  [/証明書/g, ' certificate '],
  [/ローテーション/g, ' rotation '],
  [/アップグレード/g, ' upgrade '],
  [/インストール/g, ' install '],
  [/設定/g, ' configure '],
  [/(?:オブザーバビリティ|可観測性)/g, ' observability '],
  [/トレーシング/g, ' tracing '],
  [/リトライ/g, ' retries '],
  [/タイムアウト/g, ' timeout '],
  [/サーキットブレーカー/g, ' circuit breaker '],
  [/(?:ロードバランシング|負荷分散)/g, ' load balancing '],
  [/コントロールプレーン/g, ' control plane '],
  [/データプレーン/g, ' data plane '],
  [/イングレス/g, ' ingress '],
  [/(?:コスト|費用)/g, ' cost '],
  [/ライセンス/g, ' license '],
  [/(?:デフォルト|既定)/g, ' default '],
  [/(?:有効)/g, ' enabled '],
  [/(?:使用量)/g, ' usage '],
  [/(?:減らす|削減)/g, ' reduce '],
  [/(?:トラブルシューティング)/g, ' troubleshoot '],
  [/エラー/g, ' error '],
  [/(?:私たち|我々|弊社|うち)/g, ' we '],
  // Between two English words once the words around them are glossed.
  [/(?<=[a-z0-9])\s*と\s*(?=[a-z])/g, ' and '],
  [/(?<=[a-z0-9])\s*か\s*(?=[a-z])/g, ' or '],
];

const KOREAN: Table = [
  // The ask.
  [
    /(?:어떤 걸 추천|어떤 것을 추천|어떤걸 추천|뭘 추천|무엇을 추천|추천해 ?주세요|추천 ?부탁|추천하시나요|추천하시겠어요|추천해|추천|어느 쪽이 나을|어느 쪽|어느 것|어떤 게 나을|어떤 게|뭐가 나을|뭐가 좋을|무엇을 선택|골라 ?주세요|선택해야)/g,
    ' which would you recommend? ',
  ],
  [/(?:또는|아니면)/g, ' or '],
  // Who runs it.
  [/(?:저 혼자|나 혼자|혼자서|혼자)/g, ' just me '],
  [/([0-9]+|한|두|세|네|다섯|여섯|일곱|여덟|아홉|열)\s*(?:명|인)/g, people],
  [/(?:플랫폼 ?팀|인프라 ?팀)/g, ' platform team '],
  [/팀/g, ' team '],
  [/(?:경험이 없|경험 없|경험이 부족|경험이 전혀 없)/g, ' no experience '],
  [/경험/g, ' experience '],
  [/운영 ?부담/g, ' operational burden '],
  [/운영/g, ' operate '],
  [/(?:간단|단순|쉬운|쉽게)/g, ' simple '],
  [/복잡/g, ' complex '],
  [/(?:인력이 부족|일손이 부족)/g, ' small team '],
  // Rulings.
  [/(?:필요 ?없|필요하지 않|불필요|안 필요)/g, ' not needed '],
  [/(?:나중에|내년|추후)/g, ' later '],
  [/지금은/g, ' for now '],
  [/(?:이미|벌써)/g, ' already '],
  // The needs.
  [/(?:카나리아|카나리)/g, ' canary '],
  [/트래픽 ?분할/g, ' traffic split '],
  [/가중치/g, ' weighted '],
  [/헤더 ?기반/g, ' header based '],
  [/헤더/g, ' header '],
  [/라우팅/g, ' routing '],
  [/(?:장애 ?주입|폴트 ?인젝션)/g, ' fault injection '],
  [/미러링/g, ' mirroring '],
  [/배포/g, ' release '],
  [/(?:세분화된|세밀한|세분화)/g, ' fine grained '],
  [/(?:인가(?!요)|권한)/g, ' authorization '],
  [/접근 ?제어/g, ' access control '],
  [/경로별/g, ' per path '],
  [/정책/g, ' policy '],
  [/플러그인/g, ' plugin '],
  [/필터/g, ' filter '],
  [/커스텀/g, ' custom '],
  [/(?:이그레스 ?게이트웨이|출구 ?게이트웨이)/g, ' egress gateway '],
  [/(?:이그레스|아웃바운드|송신)/g, ' egress '],
  [/게이트웨이/g, ' gateway '],
  [/외부/g, ' external '],
  [/감사(?!합니다|해요|드립니다|드려요|히)/g, ' audit '],
  [/멀티 ?클러스터/g, ' multi-cluster '],
  [/여러 ?(?:개의 )?클러스터/g, ' multiple clusters '],
  [/클러스터 ?간/g, ' cross-cluster '],
  [/클러스터/g, ' cluster '],
  [/(?:페일오버|장애 ?조치)/g, ' failover '],
  [/(?:사이드카 ?없이|사이드카리스|사이드카 ?없는)/g, ' no sidecars '],
  [/사이드카/g, ' sidecar '],
  [/앰비언트/g, ' ambient '],
  [/메모리/g, ' memory '],
  [/(?:부족|빠듯|여유가 없)/g, ' tight '],
  [/리소스/g, ' resources '],
  [/오버헤드/g, ' overhead '],
  [/(?:가벼운|경량)/g, ' lightweight '],
  [/(?:지연 ?시간|레이턴시|지연)/g, ' latency '],
  [/노드/g, ' nodes '],
  [/성능/g, ' performance '],
  [/암호화/g, ' encryption '],
  [/(?:메트릭|지표)/g, ' metrics '],
  [/성공률/g, ' success rate '],
  [/모니터링/g, ' monitoring '],
  [/(?:첫날부터|바로|즉시)/g, ' right away '],
  [/(?:마이그레이션 ?중|전환 ?중)/g, ' halfway through migration '],
  [/(?:마이그레이션|전환)/g, ' migration '],
  [/마이크로서비스/g, ' microservices '],
  [/서비스/g, ' services '],
  [/필요/g, ' need '],
  [/(?:원합니다|원해요|원해|싶습니다|싶어요)/g, ' want '],
  [/어떻게/g, ' how do i '],
  [/(?:이란|란 무엇)/g, ' what is '],
  [/(?:차이|비교)/g, ' compare '],
  [/인증서/g, ' certificate '],
  [/(?:로테이션|교체)/g, ' rotation '],
  [/업그레이드/g, ' upgrade '],
  [/설치/g, ' install '],
  [/설정/g, ' configure '],
  [/(?:관측성|옵저버빌리티)/g, ' observability '],
  [/트레이싱/g, ' tracing '],
  [/재시도/g, ' retries '],
  [/타임아웃/g, ' timeout '],
  [/서킷 ?브레이커/g, ' circuit breaker '],
  [/(?:로드 ?밸런싱|부하 ?분산)/g, ' load balancing '],
  [/컨트롤 ?플레인/g, ' control plane '],
  [/데이터 ?플레인/g, ' data plane '],
  [/인그레스/g, ' ingress '],
  [/비용/g, ' cost '],
  [/라이선스/g, ' license '],
  [/기본값/g, ' default '],
  [/(?:사용량)/g, ' usage '],
  [/(?:줄이|절감)/g, ' reduce '],
  [/트러블슈팅/g, ' troubleshoot '],
  [/(?:에러|오류)/g, ' error '],
  [/(?:우리|저희)/g, ' we '],
  // Between two English words once the words around them are glossed.
  [/(?<=[a-z0-9])\s*(?:와|과|랑|이랑)\s+(?=[a-z])/g, ' and '],
  [/(?<=[a-z0-9])(?:와|과|랑|이랑)(?=\s)/g, ' and '],
];

/** Any character of these scripts. */
export const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const KANA = /[\p{Script=Hiragana}\p{Script=Katakana}]/u;
const HANGUL = /\p{Script=Hangul}/u;
const CJK_RUN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}ー〜～]+/gu;

/**
 * The text (normalised: lower case, NFKC) with its Chinese, Japanese or Korean words put into
 * English as glossEnglish() needs them; the words the tables lack are left out, since neither the
 * rules nor the ranker read them. Unchanged if it has none of these scripts.
 */
export function glossCjk(normalized: string): string {
  if (!CJK.test(normalized)) return normalized;
  const table = KANA.test(normalized) ? JAPANESE : HANGUL.test(normalized) ? KOREAN : CHINESE;
  let out = normalized;
  for (const [pattern, english] of [...PUNCTUATION, ...table])
    out = out.replace(pattern, english as (match: string, ...groups: string[]) => string);
  return out
    .replace(CJK_RUN, ' ')
    .replace(/\s+([?.,!:;])/g, '$1')
    .replace(/\?(?:\s*\?)+/g, '?')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Whether a message is written mostly in these scripts: a fifth or more of its letters. */
export function mostlyCjk(text: string): boolean {
  if (!CJK.test(text)) return false;
  let cjk = 0;
  let letters = 0;
  for (const ch of text) {
    if (CJK.test(ch)) cjk++;
    if (/\p{L}/u.test(ch)) letters++;
  }
  return cjk >= 4 && cjk * 5 >= letters;
}
