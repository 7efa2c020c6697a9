"""Thirtieth wave, part B: three article lists on platforms not yet in the corpus, none of them in English — a
Japanese company tech blog on Hatena Blog, a Russian regional news site on 1C-Bitrix and a German sports club's
news on Contao 5 — copied from their real 2024–25 markup as a logged-out visitor gets it and written before any
heuristic was changed for them.

The brief's candidates Joomla, Blogger, Ghost (Casper), Medium, Drupal (Olivero) and TYPO3 are in the corpus already
and Naver news is a held-out site's platform; of the rest, Substack's archive has no pager (it scrolls over a JSON
API), so the three are Hatena Blog, Bitrix and Contao. Each platform writes its own links absolute on the site's
host in places; as elsewhere in the corpus, a site's own links are written root-relative here (the test server is
the site's host).

* **kamome-techblog** — the entry list ('記事一覧') of a Japanese software company's engineering blog on Hatena
  Blog (the business plan, on its own domain tech.kamome-giken.co.jp), ``/archive`` then ``/archive?page=2`` and
  ``?page=3``, 30 entries a page. The Hatena shell: the ``html`` element's data-* blog attributes and the
  data-layer JSON, the GTM loader, blog.css and the blog's own style sheet, the global header iframe, the blog
  title header, ``div.archive-entries`` of ``section.archive-entry.autopagerize_page_element[data-uuid]``: the
  date as ``div.date.archive-date > a > time[datetime]`` split into ``span.date-year`` / ``span.date-month`` /
  ``span.date-day`` with hyphen spans, ``h1.entry-title > a.entry-title-link``, ``div.categories`` of one to three
  ``a.archive-category-link.category-<name>`` badges, an ``a.entry-thumb-link > div.entry-thumb`` whose picture is
  only a CSS background-image (on most), ``div.archive-entry-body > p.entry-description`` (the body's opening,
  cut with '…' when long) and the Hatena Bookmark counter image + star container. Under the list the word-only
  pager ``div.pager`` with ``span.pager-prev`` '« 前のページ' and ``span.pager-next`` '次のページ »' (``rel`` prev /
  next). The sidebar: 'プロフィール' with the '読者になる' follow button, '検索', '最新記事' (the five newest entries
  again: duplicates, not records), 'カテゴリー' with counts, '月別アーカイブ'; the footer 'Powered by Hatena Blog |
  ブログを報告する'. 30 + 30 + 9 entries. Written down: title, url, date, categories (the badges, as a list),
  summary (the description as shown).
* **priberezhye-vesti** — the news feed of a Russian regional online newspaper on 1C-Bitrix (a custom
  ``bitrix:news.list`` template, composite cache on), ``/news/`` then ``/news/?PAGEN_1=2`` and ``?PAGEN_1=3``,
  15 items a page. The Bitrix head (the BX core message JSON with bitrix_sessid, core.min.js, BX.setJSList /
  BX.setCSSList, the template's cached CSS, Yandex.Metrika), the header with the currency / weather strip, the
  horizontal multilevel menu, ``div.bx-breadcrumb`` with BreadcrumbList microdata, rubric tabs, then
  ``div.news-list`` of ``div.news-card#bx_3218110189_<id>`` (the edit-area ids) with an optional picture link
  (``/upload/resize_cache/iblock/…``), a meta line of ``span.news-card__date`` '14 марта 2025, 12:30' and the
  rubric ``a.news-card__rubric``, the ``a.news-card__title`` link, ``div.news-card__text`` (the preview text), and
  ``div.news-card__stat`` with the views and comments counts after icons (``span.news-card__views`` '1 245' with
  a thin-space group, ``span.news-card__comments`` '8'). After the fifth item an advertisement block 'Реклама'
  with the advertiser's INN and erid (not a record); composite-cache frame comments around the list. The pager
  is ``system.pagenavigation`` 'round' (``div.bx-pagination`` with ``li.bx-pag-prev`` 'Назад', numbers,
  ``li.bx-pag-next`` 'Вперед'). The sidebar 'Самое читаемое' repeats five listed titles with their views; the
  footer carries the media registration and '18+', a cookie notice. 15 + 15 + 9 items. Written down: title, url,
  date (ISO day), rubric, views, comments, summary (the preview text), image (the picture's src, where shown).
* **tsv-aalbach** — the news page ('Aktuelles') of a German sports club on Contao 5.3 with a custom
  ``news_latest`` template and the codefog news categories extension, ``/aktuelles.html`` then
  ``/aktuelles.html?page_n14=2`` and ``?page_n14=3`` (Contao's per-module page parameter), 10 a page. The Contao
  shell (meta generator, the combined ``assets/css`` file, ``body#top`` WebPage microdata, ``div#wrapper`` with
  ``header#header``, ``nav.mod_navigation`` with the 'Navigation überspringen' skip link and indexer comments,
  ``div#container`` > ``main#main`` > ``div.mod_article``), then ``div.mod_newslist`` of
  ``div.layout_latest.arc_3.block`` (``first`` / ``last`` / ``even`` / ``odd`` / ``featured`` classes): ``p.info``
  with ``time[datetime]`` '14.03.2025 18:45' and 'von Lena Hofmann', ``ul.news-categories`` of one or two
  department badges, an optional ``figure.image_container`` with a linked ``img`` from ``/assets/images/…``,
  ``h2`` with the headline link (title 'Den Artikel lesen: …'), ``div.ce_text.block`` teaser and ``p.more``
  'Weiterlesen …' with an invisible span; the pager ``nav.pagination.block`` ('Seite 1 von 3', numbers, 'Vorwärts',
  'Ende »', on later pages '« Anfang' and 'Zurück'). The right column holds 'Nächste Termine' (a mod_eventlist)
  and a sponsor box; the footer, the contao-cookiebar and the contao:Page JSON-LD. 10 + 10 + 7 news. Written
  down: title, url, date, author (the name, 'von' left out), categories (as a list), summary (the teaser), image
  (the picture's src, where shown).

Run ``uv run python tests/sites/corpus/generate_thirtieth_b.py`` to rebuild them (the helpers and the conventions
are those of ``generate.py``; see the corpus README). Every site here is **open**.
"""

# ruff: noqa: E501

from __future__ import annotations

import hashlib
import json
import sys
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import NamedTuple
from urllib.parse import quote

sys.path.insert(0, str(Path(__file__).parent))

from generate import ROOT, Site, chunks, esc, slug

THIRTIETH_B: dict[str, Callable[[], None]] = {}


def thirtieth_b(func: Callable[[], None]) -> Callable[[], None]:
    """Register a site builder of this wave."""
    THIRTIETH_B[func.__name__.removeprefix("build_").replace("_", "-")] = func
    return func


def _num(text: str, size: int = 9) -> int:
    """A stable number derived from ``text`` (the real sites use database ids)."""
    return int(hashlib.sha1(text.encode()).hexdigest()[:12], 16) % (10**size)


def _hex(text: str, size: int = 16) -> str:
    return hashlib.sha1(text.encode()).hexdigest()[:size]


# ---------------------------------------------------------------------------------------------------
# kamome-techblog: Hatena Blog (business plan, own domain), /archive then ?page=2 and ?page=3.
# ---------------------------------------------------------------------------------------------------

KT_HOST = "https://tech.kamome-giken.co.jp"
KT_PER_PAGE = 30
KT_BLOG_UUID = "26006613412958301"
KT_OWNER = "kamome-giken"
KT_VERSION = "3c5a1e9f0d7b2486ae13f5c7d9b0e2a4c6f81357"
#: The description Hatena shows is the body's opening; long ones are cut and end in '…'.
KT_CUT = 96

#: published (JST) | slug ('' = the timestamp path) | thumbnail (y/'') | categories | title | body opening
KT_ROWS = """
2025-03-14 10:00:00|||Go,開発生産性|Go 1.24 の新機能を社内プロダクトで試してみた|こんにちは、バックエンドチームの森です。2月にリリースされた Go 1.24 では、ジェネリクスの型エイリアス対応や Swiss Tables ベースの map 実装など、実務に効く変更が多く入りました。本記事では社内の決済 API に適用した結果を、ベンチマークとあわせて紹介します。
2025-03-12 12:00:00|srekai-2025-spring|y|SRE,イベントレポート|SRE NEXT 2025 に参加しました|SRE チームの佐伯です。今年も SRE NEXT に参加してきました。オブザーバビリティ、ポストモーテム文化、エラーバジェット運用の3つの観点から、印象に残ったセッションをまとめます。
2025-03-10 10:00:00||y|採用|2025年度 新卒エンジニア向け会社説明会を開催します|カモメ技研では、2026年4月入社の新卒エンジニア向けにオンライン会社説明会を開催します。現場のエンジニアが開発体制や研修制度について直接お話しします。
2025-03-07 10:00:00|||TypeScript,フロントエンド|TypeScript の satisfies 演算子で設定ファイルの型安全性を高める|フロントエンドチームの坂口です。設定オブジェクトに型注釈を付けると、リテラル型の情報が失われて補完が効かなくなることがあります。satisfies 演算子を使うと、型チェックと推論の両方を活かせます。
2025-03-05 12:00:00|kubernetes-hpa-tuning|y|Kubernetes,SRE|Kubernetes の HPA を見直してピーク時のレイテンシを 40% 削減した話|年末のキャンペーン期間中、検索 API の p99 レイテンシが悪化する問題がありました。原因を調べると、HPA のスケールアウトが負荷の立ち上がりに追いついていないことがわかりました。
2025-03-03 10:00:00|||データ基盤|dbt と BigQuery で作るデータマート設計の勘所|データ基盤チームでは昨年から dbt を導入し、分析用データマートの整備を進めています。モデルの層の分け方、命名規則、テストの書き方について、1年運用して見えてきたことを共有します。
2025-02-28 10:00:00||y|イベントレポート,登壇資料|社内 LT 大会「カモメナイト #12」を開催しました|2月21日に社内 LT 大会を開催しました。今回のテーマは「失敗から学んだこと」。新卒1年目からマネージャーまで、12名が登壇しました。発表資料とあわせて当日の様子をお届けします。
2025-02-26 10:00:00|||セキュリティ|GitHub Actions の OIDC で AWS の長期クレデンシャルを撤廃した|CI から AWS にデプロイする際、これまで IAM ユーザーのアクセスキーをシークレットに保存していました。OIDC 連携に切り替えることで、キーのローテーション作業そのものが不要になりました。
2025-02-21 10:00:00|||iOS|SwiftUI の Observation フレームワークへの移行メモ|iOS チームの吉川です。iOS 17 から使える Observation フレームワークへ、既存の ObservableObject ベースのコードを段階的に移行しました。つまずいたポイントを中心にまとめます。
2025-02-19 12:00:00|ai-code-review|y|機械学習,開発生産性|LLM を使ったコードレビュー支援を半年運用してみて|プルリクエストの差分を LLM に読ませ、レビューコメントの下書きを自動で付ける仕組みを半年間運用しました。
2025-02-17 10:00:00|||AWS|Aurora PostgreSQL のメジャーバージョンアップをダウンタイム 5 分で終えるまで|Aurora PostgreSQL 13 のサポート終了に向けて、本番クラスタを 16 にアップグレードしました。Blue/Green Deployments を使い、切り替え時のダウンタイムを 5 分に抑えた手順を紹介します。
2025-02-14 10:00:00||y|採用,カルチャー|エンジニアリングマネージャーの1日|「EM って普段何をしているの？」と聞かれることが増えたので、ある1日のスケジュールを公開してみます。1on1、採用面接、技術的な意思決定のバランスをどう取っているかも書きました。
2025-02-12 10:00:00|||Android|Jetpack Compose のリコンポジションを計測して無駄な再描画を減らす|Android チームの平野です。商品一覧画面のスクロールがもたつく問題を調査したところ、不要なリコンポジションが大量に発生していました。Layout Inspector での計測方法と改善策を紹介します。
2025-02-07 10:00:00|||Go|Go の context を正しく伝播させるための静的解析ツールを作った|context.Background() がハンドラの途中で使われていると、タイムアウトやキャンセルが下流に伝わりません。社内向けに go/analysis で検出ツールを作りました。
2025-02-05 12:00:00|onboarding-docs|y|開発生産性,カルチャー|オンボーディング資料を Markdown とリポジトリで管理するようにした|入社者向けのオンボーディング資料が Wiki に散らばり、古い情報が残り続ける問題がありました。資料をリポジトリに移し、プルリクエストで更新する運用に変えた結果を紹介します。
2025-02-03 10:00:00|||アクセシビリティ|スクリーンリーダーで自社サービスを使ってみたら課題が山ほど見つかった|フロントエンドチームで VoiceOver と NVDA を使い、主要な購入フローを一通り操作してみました。見つかった 37 件の課題と、優先順位の付け方を共有します。
2025-01-31 10:00:00||y|イベントレポート|カモメ技研は RubyKaigi 2025 にスポンサーとして参加します|今年も RubyKaigi にゴールドスポンサーとして協賛します。ブースではノベルティの配布と、社内で開発している Ruby 製ツールのデモを行います。
2025-01-29 10:00:00|||SRE,AWS|CloudWatch のコストを月 30 万円削減したログ設計の見直し|ログの出力量が増え続け、CloudWatch Logs の料金が無視できない額になっていました。ログレベルの整理、サンプリング、S3 へのエクスポートを組み合わせて削減した方法を紹介します。
2025-01-27 10:00:00|||データ基盤,機械学習|特徴量ストアを自前で作るのをやめて Vertex AI Feature Store に移行した|レコメンドモデル用の特徴量を管理する仕組みを3年前に自作しましたが、運用負荷が大きくなっていました。マネージドサービスへの移行判断と、移行中に起きたことをまとめます。
2025-01-24 10:00:00||y|新卒研修|2024年度新卒研修の振り返り：チーム開発演習編|4月から6月にかけて実施した新卒研修のうち、最後の4週間で行ったチーム開発演習について振り返ります。
2025-01-22 10:00:00|||TypeScript|Zod から Valibot に移行してバンドルサイズを 60KB 減らした|管理画面のバンドルサイズを削減するため、バリデーションライブラリを Zod から Valibot に置き換えました。API の違いと、移行を機械的に進めるために書いた codemod を紹介します。
2025-01-20 10:00:00|||Kubernetes|Argo CD の ApplicationSet でプレビュー環境を自動生成する|プルリクエストごとにプレビュー環境を立ち上げる仕組みを、Argo CD の ApplicationSet と Pull Request Generator で作りました。
2025-01-17 10:00:00||y|カルチャー|リモートワーク5年目、チームの雑談をどう保っているか|2020年からフルリモートで働いているチームで、雑談や相談のしやすさを保つために続けている取り組みを紹介します。
2025-01-15 10:00:00|||Go,データ基盤|Go で書いた ETL バッチを Cloud Run jobs に載せ替えた|夜間に動く ETL バッチを VM から Cloud Run jobs に移しました。並列実行の設定、リトライ、失敗時の通知の仕組みをどう作ったかを書きます。
2025-01-10 10:00:00|||セキュリティ|脆弱性診断の結果をチケット化して追跡する仕組み|外部の脆弱性診断で指摘された項目を、重要度ごとにチケット化して期限を管理する仕組みを整えました。
2025-01-08 10:00:00||y|お知らせ|2025年もよろしくお願いします：今年のテックブログ運営方針|新年あけましておめでとうございます。テックブログ編集部です。今年は月8本の更新を目標に、各チームの知見をより多く発信していきます。
2024-12-25 10:00:00|advent-calendar-2024-matome|y|イベントレポート|カモメ技研 Advent Calendar 2024 のまとめ|今年も社内有志で Advent Calendar を完走しました。25日分の記事を、カテゴリ別に振り返ります。
2024-12-23 10:00:00|||iOS,Android|Kotlin Multiplatform でビジネスロジックを共通化して1年|iOS と Android で重複していた料金計算ロジックを Kotlin Multiplatform に切り出して1年が経ちました。良かったこと、つらかったことを正直に書きます。
2024-12-20 10:00:00|||AWS,SRE|re:Invent 2024 で発表されたアップデートから、うちのチームが試したいもの|今年の re:Invent で発表されたサービスアップデートの中から、SRE チームが実際に検証してみたいと考えているものを5つ選びました。
2024-12-18 10:00:00|||開発生産性|Four Keys を計測し始めて見えてきたこと|デプロイ頻度や変更のリードタイムなど、Four Keys の計測を始めて半年が経ちました。数字が改善したチームとそうでないチームの違いを考察します。
2024-12-16 10:00:00||y|採用|中途採用のカジュアル面談で、よく聞かれる質問に答えます|カジュアル面談でよくいただく質問をまとめました。
2024-12-13 10:00:00|||フロントエンド|Next.js の App Router 移行で学んだキャッシュの落とし穴|管理画面を Pages Router から App Router に移行しました。fetch のキャッシュ挙動の違いで本番障害を起こしかけた経緯と対策を共有します。
2024-12-11 10:00:00|||機械学習|検索ランキングに LightGBM の LambdaRank を導入した|商品検索の並び順を、ルールベースから学習ランキングに切り替えました。オフライン評価の指標選びと、A/B テストの結果を紹介します。
2024-12-09 10:00:00|||Kubernetes,セキュリティ|Kyverno でクラスタのポリシーをコード管理する|Kubernetes クラスタに適用するセキュリティポリシーを Kyverno で管理しています。
2024-12-06 10:00:00||y|イベントレポート|Go Conference 2024 参加レポート|10月に開催された Go Conference 2024 に、バックエンドチームから4名が参加しました。各自が選んだベストセッションを紹介します。
2024-12-04 10:00:00|||データ基盤|BigQuery のスロット使用量を可視化してコストを予測する|INFORMATION_SCHEMA のジョブ情報を集計し、チームごとのスロット使用量を可視化するダッシュボードを作りました。
2024-12-02 10:00:00|||TypeScript,開発生産性|pnpm workspaces と Turborepo でモノレポのビルドを 3 倍速くした|フロントエンドのモノレポで CI のビルド時間が 20 分を超えていました。リモートキャッシュの導入とタスクの依存関係の整理で、7 分まで短縮した方法を紹介します。
2024-11-29 10:00:00|||SRE|障害対応の振り返りを「責めない」ために決めたルール|ポストモーテムを書くときに、個人を責める雰囲気にならないよう、チームで決めた書き方のルールを公開します。
2024-11-27 10:00:00||y|新卒研修|新卒研修で Git の内部構造を学ぶ講義をしました|今年の新卒研修で、Git のオブジェクトモデルを手を動かして理解する講義を担当しました。
2024-11-25 10:00:00|||Go|sqlc と pgx で型安全なデータアクセス層を作る|ORM を使わずに、SQL から Go のコードを生成する sqlc を採用しました。トランザクションの扱いやテストの書き方など、実際のプロジェクトでの使い方を紹介します。
2024-11-22 10:00:00|||アクセシビリティ,フロントエンド|フォームのエラーメッセージを読み上げてもらうための実装パターン|入力エラーをスクリーンリーダー利用者に確実に伝えるため、aria-describedby と aria-live の使い分けを整理しました。
2024-11-20 10:00:00|||AWS|ECS のタスク起動時間を短縮するためにやったこと|デプロイのたびに新しいタスクが起動するまで 3 分以上かかっていました。イメージサイズの削減と SOCI インデックスの導入で、起動時間を半分にしました。
2024-11-18 10:00:00||y|カルチャー|社内勉強会を3年続けるためのゆるい運営方法|毎週金曜に開催している社内勉強会が3年目に入りました。参加者が減らないように工夫していることを書きます。
2024-11-15 10:00:00|||Android|Android の Baseline Profiles で起動時間を 25% 改善した|アプリのコールドスタートが遅いというレビューが続いていたため、Baseline Profiles を導入しました。
2024-11-13 10:00:00|||機械学習,データ基盤|MLflow でモデルの実験管理を始めた|レコメンドチームでは、実験のパラメータや評価指標をスプレッドシートで管理していました。MLflow に移行して、実験の再現性がどう変わったかを紹介します。
2024-11-11 10:00:00|||セキュリティ,AWS|AWS の権限を最小にするために IAM Access Analyzer を使い倒す|本番アカウントの IAM ロールに付いた過剰な権限を、Access Analyzer の未使用アクセス検出で洗い出しました。
2024-11-08 10:00:00||y|イベントレポート,登壇資料|Kotlin Fest 2024 で登壇しました|Android チームの平野が Kotlin Fest 2024 で「Compose のパフォーマンス計測入門」というタイトルで登壇しました。資料と補足を公開します。
2024-11-06 10:00:00|||TypeScript|型レベルプログラミングで API クライアントのパスを補完する|OpenAPI から生成した型を使い、API クライアントでパスとパラメータを補完できるようにしました。
2024-11-01 10:00:00|||SRE,Kubernetes|Prometheus から Grafana Mimir に移行した|メトリクスの保存期間を延ばしたいという要望に応えるため、Prometheus 単体構成から Grafana Mimir に移行しました。
2024-10-30 10:00:00|||開発生産性|プルリクエストのサイズを小さく保つためのチームの約束|レビュー待ちの時間が長くなる原因の多くは、大きすぎるプルリクエストでした。
2024-10-28 10:00:00||y|採用|インターンシップ2024 夏の開催レポート|8月に開催した2週間の就業型インターンシップの様子をお届けします。今年は 6 名の学生が各チームに配属され、実際のプロダクト開発に参加しました。
2024-10-25 10:00:00|||iOS|Xcode Cloud から GitHub Actions にビルドを戻した理由|1年前に Xcode Cloud に移行した iOS アプリのビルドを、再び GitHub Actions に戻しました。判断の背景を書きます。
2024-10-23 10:00:00|||Go,SRE|Go アプリケーションに OpenTelemetry を入れて分散トレーシングを始めた|マイクロサービス間の呼び出しでどこが遅いのかを追えるよう、OpenTelemetry を導入しました。
2024-10-21 10:00:00|||データ基盤|データカタログを作って「このテーブル誰が使ってるの？」をなくす|分析基盤のテーブルが 800 を超え、オーナーや用途がわからないテーブルが増えていました。
2024-10-18 10:00:00||y|カルチャー,お知らせ|オフィスを移転しました|10月から、本社オフィスを横浜みなとみらいに移転しました。
2024-10-16 10:00:00|||フロントエンド|デザイントークンを Figma から自動で同期する仕組み|デザイナーが Figma で更新した色や余白の値を、Style Dictionary を通してコードに自動で反映する仕組みを作りました。
2024-10-11 10:00:00|||AWS,セキュリティ|GuardDuty の検知を Slack に流して一次対応を速くする|GuardDuty の検知結果を EventBridge 経由で Slack に通知し、重要度ごとに対応フローを分けました。
2024-10-09 10:00:00|||機械学習|商品説明文の自動生成を社内ツールとして公開した|出品者向けに、商品画像と数項目の入力から説明文の下書きを生成するツールを社内公開しました。
2024-10-07 10:00:00||y|イベントレポート|ISUCON14 に社内チームで出場しました|今年も社内から3チームが ISUCON に出場しました。
2024-10-04 10:00:00|||Kubernetes|Karpenter でノードのコストを 35% 削減した|Cluster Autoscaler から Karpenter に移行し、スポットインスタンスの活用を進めました。
2024-10-02 10:00:00|||TypeScript,フロントエンド|React Server Components で管理画面の表示を速くする|データ取得の多い管理画面で、Server Components を使って初期表示を改善しました。
2024-09-30 10:00:00|||開発生産性,Go|社内 CLI ツールを Go で作り直した|Bash スクリプトの寄せ集めだった開発者向けツールを、Go 製の CLI にまとめ直しました。
2024-09-27 10:00:00||y|新卒研修|新卒研修のカリキュラムを公開します|今年の新卒研修で使ったカリキュラムと資料の一部を公開します。
2024-09-25 10:00:00|||SRE|オンコールの負担を減らすためにアラートを半分にした|夜間の呼び出しが月に 20 回を超えていたため、アラートの棚卸しを行いました。
2024-09-20 10:00:00|||Android,iOS|アプリの強制アップデートの仕組みを作り直した|古いバージョンのアプリを使い続けるユーザーに、アップデートを促す仕組みを作り直しました。
2024-09-18 10:00:00|||データ基盤,セキュリティ|個人情報を含むカラムに自動でポリシータグを付ける|BigQuery のカラムに含まれる個人情報を検出し、ポリシータグを自動で付与する仕組みを作りました。
2024-09-13 10:00:00||y|カルチャー|テックブログ編集部を立ち上げました|テックブログの更新が特定の人に偏っていたため、有志で編集部を立ち上げました。
2024-09-11 10:00:00|||Go|Go のエラーハンドリング方針をチームで統一した|エラーのラップの仕方やログへの出し方が人によってばらばらだったので、チームでガイドラインを作りました。
2024-09-09 10:00:00|||AWS|Lambda の SnapStart を Java 以外でも試してみた|Python ランタイムで SnapStart が使えるようになったので、コールドスタートがどれだけ縮むか計測しました。
"""


class KTEntry(NamedTuple):
    published: datetime
    slug: str
    thumb: bool
    categories: list[str]
    title: str
    body: str


KT_ENTRIES = [
    KTEntry(datetime.fromisoformat(when), slug_, thumb == "y", cats.split(","), title, body)
    for when, slug_, thumb, cats, title, body in (line.split("|") for line in KT_ROWS.strip().splitlines())
]


def _kt_url(entry: KTEntry) -> str:
    day = entry.published
    tail = entry.slug or f"{day:%H%M%S}"
    return f"/entry/{day:%Y/%m/%d}/{tail}"


def _kt_description(entry: KTEntry) -> str:
    return entry.body if len(entry.body) <= KT_CUT else entry.body[:KT_CUT] + "…"


def _kt_category_href(name: str) -> str:
    return f"/archive/category/{quote(name)}"


def _kt_thumb(entry: KTEntry) -> str:
    stamp = f"{entry.published:%Y%m%d}"
    original = (
        f"https://cdn-ak.f.st-hatena.com/images/fotolife/k/{KT_OWNER}/{stamp}/{stamp}{entry.published:%H%M%S}.png"
    )
    return f"https://cdn.image.st-hatena.com/image/square/{_hex(entry.title, 40)}/backend=imagemagick;height=500;quality=80;version=1;width=500/{quote(original, safe='')}"


def _kt_page_href(number: int) -> str:
    return "/archive" if number == 1 else f"/archive?page={number}"


def _kt_entry(entry: KTEntry) -> str:
    day = entry.published.date()
    url = _kt_url(entry)
    cats = "".join(
        f"""
      <a href="{_kt_category_href(c)}" class="archive-category-link category-{esc(c)}">{esc(c)}</a>
    """
        for c in entry.categories
    )
    thumb = (
        f"""
  <a href="{url}" class="entry-thumb-link">
    <div class="entry-thumb" style="background-image: url('{_kt_thumb(entry)}');">
    </div>
  </a>"""
        if entry.thumb
        else ""
    )
    return f"""
        <section class="archive-entry test-archive-entry autopagerize_page_element" data-uuid="{6802418398000000000 + _num(entry.title, 12)}">
<div class="archive-entry-header">
  <div class="date archive-date">
    <a href="/archive/{day:%Y/%m/%d}" rel="nofollow">
      <time datetime="{day.isoformat()}" title="{day.isoformat()}">
        <span class="date-year">{day.year}</span><span class="hyphen">-</span><span class="date-month">{day:%m}</span><span class="hyphen">-</span><span class="date-day">{day:%d}</span>
      </time>
    </a>
  </div>

  <h1 class="entry-title">
    <a class="entry-title-link" href="{url}">{esc(entry.title)}</a>
  </h1>
</div>


  <div class="categories">
    {cats}
  </div>
{thumb}
<div class="archive-entry-body">
<p class="entry-description">

    {esc(_kt_description(entry))}

</p>

  <span class="social-buttons">


      <a href="https://b.hatena.ne.jp/entry/s/tech.kamome-giken.co.jp{url}" class="bookmark-widget-counter">
        <img src="https://b.hatena.ne.jp/entry/image/{KT_HOST}{url}" alt="はてなブックマーク - {esc(entry.title)}" />
      </a>

    <span class="star-container"></span>
    <div class="hatena-star-metadata" style="display: none">
      <a class="hatena-star-permalink" href="{url}">{esc(entry.title)}</a>
    </div>
  </span>
</div>
</section>
"""


def _kt_pager(number: int, total: int) -> str:
    parts = []
    if number > 1:
        parts.append(
            f"""
    <span class="pager-prev">
      <a href="{_kt_page_href(number - 1)}" rel="prev"><span class="pager-arrow">&laquo; </span>前のページ</a>
    </span>"""
        )
    if number < total:
        parts.append(
            f"""
    <span class="pager-next">
      <a href="{_kt_page_href(number + 1)}" rel="next">次のページ<span class="pager-arrow"> &raquo;</span></a>
    </span>"""
        )
    return f"""
  <div class="pager autopagerize_insert_before">{"".join(parts)}
  </div>"""


def _kt_sidebar() -> str:
    recent = "".join(
        f"""
    <li class="urllist-item recent-entries-item">
      <div class="urllist-item-inner recent-entries-item-inner">
          <a href="{_kt_url(e)}" class="urllist-title-link recent-entries-title-link  urllist-title recent-entries-title">{esc(e.title)}</a>
          <div class="urllist-date-link recent-entries-date-link">
            <a href="/archive/{e.published:%Y/%m/%d}" rel="nofollow">
              <time datetime="{e.published:%Y-%m-%dT%H:%M:%S}Z" title="{e.published:%Y年%-m月%-d日}">
                {e.published:%Y-%m-%d}
              </time>
            </a>
          </div>
      </div>
    </li>"""
        for e in KT_ENTRIES[:5]
    )
    counts: dict[str, int] = {}
    for e in KT_ENTRIES:
        for c in e.categories:
            counts[c] = counts.get(c, 0) + 1
    categories = "".join(
        f"""
        <li>
          <a href="{_kt_category_href(c)}" class="category-{esc(c)}">
            {esc(c)} ({n + 3 * (n % 4)})
          </a>
        </li>"""
        for c, n in sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    )
    months = sorted({(e.published.year, e.published.month) for e in KT_ENTRIES}, reverse=True)
    archive = "".join(
        f"""
      <li class="archive-module-month"><a href="/archive/{y}/{m:02d}" class="archive-module-month-title">{y} / {m}</a></li>"""
        for y, m in months
    )
    return f"""
<aside id="box2">
  <div id="box2-inner">

<div class="hatena-module hatena-module-profile">
  <div class="hatena-module-title">
    プロフィール
  </div>
  <div class="hatena-module-body">
    <a href="/about" class="profile-icon-link">
      <img src="https://cdn.profile-image.st-hatena.com/users/{KT_OWNER}/profile.png?1698112233" alt="id:{KT_OWNER}" class="profile-icon" />
    </a>
    <span class="id">
      <a href="/about" class="hatena-id-link"><span data-load-nickname="1" data-user-name="{KT_OWNER}">id:{KT_OWNER}</span></a>
    </span>
    <div class="profile-description">
      <p>株式会社カモメ技研のエンジニアによる技術ブログです。EC プラットフォーム「カモメマーケット」の開発・運用で得た知見を発信しています。</p>
    </div>
      <div class="hatena-follow-button-box btn-subscribe js-hatena-follow-button-box">
  <a href="#" class="hatena-follow-button js-hatena-follow-button">
    <span class="subscribing">
      <span class="foreground">読者です</span>
      <span class="background">読者をやめる</span>
    </span>
    <span class="unsubscribing" data-track-name="profile-widget-subscribe-button" data-track-once>
      <span class="foreground">読者になる</span>
      <span class="background">読者になる</span>
    </span>
  </a>
  <div class="subscription-count-box js-subscription-count-box">
    <i></i>
    <u></u>
    <span class="subscription-count js-subscription-count">
    </span>
  </div>
</div>
    <div class="profile-about">
      <a href="/about">このブログについて</a>
    </div>
  </div>
</div>

<div class="hatena-module hatena-module-search-box">
  <div class="hatena-module-title">
    検索
  </div>
  <div class="hatena-module-body">
    <form class="search-form" role="search" action="/search" method="get">
  <input type="text" name="q" class="search-module-input" value="" placeholder="記事を検索" required>
  <input type="submit" value="検索" class="search-module-button" />
</form>
  </div>
</div>

<div class="hatena-module hatena-module-recent-entries ">
  <div class="hatena-module-title">
    <a href="/archive">
      最新記事
    </a>
  </div>
  <div class="hatena-module-body">
    <ul class="recent-entries hatena-urllist ">{recent}
</ul>
  </div>
</div>

<div class="hatena-module hatena-module-category">
  <div class="hatena-module-title">
    カテゴリー
  </div>
  <div class="hatena-module-body">
    <ul class="hatena-urllist">{categories}
    </ul>
  </div>
</div>

<div class="hatena-module hatena-module-archive" data-archive-type="default" data-archive-url="/archive">
  <div class="hatena-module-title">
    <a href="/archive">月別アーカイブ</a>
  </div>
  <div class="hatena-module-body">
    <ul class="hatena-urllist archive-module-default">{archive}
    </ul>
  </div>
</div>

  </div>
</aside>"""


def _kt_page(number: int, total: int, entries: list[KTEntry]) -> str:
    data_layer = {
        "hatenablog": {
            "admin": {},
            "analytics": {
                "brand_property_id": "",
                "measurement_id": "G-8QJ4R5K2LS",
                "non_sampling_property_id": "",
                "property_id": "",
                "separated_property_id": "UA-29716941-25",
            },
            "blog": {
                "blog_id": KT_BLOG_UUID,
                "content_seems_japanese": "true",
                "disable_ads": "custom_domain",
                "enable_ads": "false",
                "enable_keyword_link": "false",
                "entry_show_footer_related_entries": "true",
                "force_pc_view": "true",
                "is_public": "true",
                "is_responsive_view": "true",
                "is_sleeping": "false",
                "lang": "ja",
                "name": "カモメ技研 Tech Blog",
                "owner_name": KT_OWNER,
                "uri": KT_HOST + "/",
            },
            "brand": "hatenablog",
            "page_id": "archive",
            "permalink_entry": None,
            "pro": "pro",
            "router_type": "blogs",
        }
    }
    articles = "".join(_kt_entry(e) for e in entries)
    canonical = KT_HOST + _kt_page_href(number)
    return f"""<!DOCTYPE html>
<html
  lang="ja"

data-admin-domain="//blog.hatena.ne.jp"
data-admin-origin="https://blog.hatena.ne.jp"
data-author="{KT_OWNER}"
data-avail-langs="ja en"
data-blog="kamome-giken-tech.hatenablog.com"
data-blog-host="kamome-giken-tech.hatenablog.com"
data-blog-is-public="1"
data-blog-name="カモメ技研 Tech Blog"
data-blog-owner="{KT_OWNER}"
data-blog-show-ads=""
data-blog-show-sleeping-ads=""
data-blog-uri="{KT_HOST}/"
data-blog-uuid="{KT_BLOG_UUID}"
data-blogs-uri-base="{KT_HOST}"
data-brand="pro"
data-data-layer="{esc(json.dumps(data_layer, ensure_ascii=False, separators=(",", ":")))}"
data-device="pc"
data-dont-recommend-pro="false"
data-global-domain="https://hatena.blog"
data-globalheader-color="b"
data-globalheader-type="pc"
data-has-touch-view="1"
data-help-url="https://help.hatenablog.com"
data-no-suggest-touch-view="1"
data-page="archive"
data-parts-domain="https://hatenablog-parts.com"
data-plus-available="1"
data-pro="true"
data-router-type="blogs"
data-sentry-dsn="https://03a33e4781a24cf2885099fed222b56d@sentry.io/1195218"
data-sentry-environment="production"
data-sentry-sample-rate="0.1"
data-static-domain="https://cdn.blog.st-hatena.com"
data-version="{KT_VERSION[:32]}"

itemscope
itemtype="http://schema.org/Blog"

  data-initial-state="{{}}"

  >
  <head prefix="og: http://ogp.me/ns# fb: http://ogp.me/ns/fb#">

  <meta name="robots" content="max-image-preview:large" />

  <meta charset="utf-8"/>
  <meta http-equiv="X-UA-Compatible" content="IE=7; IE=9; IE=10; IE=11" />
  <title>記事一覧 - カモメ技研 Tech Blog</title>

  <link rel="canonical" href="{canonical}"/>

<meta itemprop="name" content="記事一覧 - カモメ技研 Tech Blog"/>

  <meta itemprop="image" content="https://cdn.user.blog.st-hatena.com/default_entry_og_image/{_num("kt og", 9)}/1698112233112233"/>

  <meta property="og:title" content="記事一覧 - カモメ技研 Tech Blog"/>
<meta property="og:type" content="blog"/>
  <meta property="og:url" content="{canonical}"/>
  <meta property="og:description" content="株式会社カモメ技研のエンジニアによる技術ブログです。" />
<meta property="og:site_name" content="カモメ技研 Tech Blog"/>

    <meta name="twitter:card"  content="summary" />
  <meta name="twitter:title" content="記事一覧 - カモメ技研 Tech Blog" />  <meta name="twitter:description" content="株式会社カモメ技研のエンジニアによる技術ブログです。" />  <meta name="twitter:app:name:iphone" content="はてなブログアプリ" />
  <meta name="twitter:app:id:iphone" content="583299321" />
  <meta name="twitter:app:url:iphone" content="hatenablog:///open?uri={quote(canonical, safe="")}" />  <meta name="twitter:site" content="@kamome_tech" />

    <meta name="description" content="株式会社カモメ技研のエンジニアによる技術ブログです。">

<script
  id="embed-gtm-data-layer-loader"
  data-data-layer-page-specific=""
>
(function() {{
  function loadDataLayer(elem, attrName) {{
    if (!elem) {{ return {{}}; }}
    var json = elem.getAttribute(attrName);
    if (!json) {{ return {{}}; }}
    return JSON.parse(json);
  }}

  var globalVariables = loadDataLayer(
    document.documentElement,
    'data-data-layer'
  );
  var pageSpecificVariables = loadDataLayer(
    document.getElementById('embed-gtm-data-layer-loader'),
    'data-data-layer-page-specific'
  );

  var variables = [globalVariables, pageSpecificVariables];

  if (!window.dataLayer) {{
    window.dataLayer = [];
  }}

  for (var i = 0; i < variables.length; i++) {{
    window.dataLayer.push(variables[i]);
  }}
}})();
</script>
<!-- Google Tag Manager -->
<script>(function(w,d,s,l,i){{w[l]=w[l]||[];w[l].push({{'gtm.start':
new Date().getTime(),event:'gtm.js'}});var f=d.getElementsByTagName(s)[0],
j=d.createElement(s),dl=l!='dataLayer'?'&l='+l:'';j.async=true;j.src=
'https://www.googletagmanager.com/gtm.js?id='+i+dl;f.parentNode.insertBefore(j,f);
}})(window,document,'script','dataLayer','GTM-P4CXTW');</script>
<!-- End Google Tag Manager -->

  <link rel="shortcut icon" href="https://cdn.image.st-hatena.com/image/favicon/{_hex("kt fav", 40)}/version=1/https%3A%2F%2Fcdn.user.blog.st-hatena.com%2Fcustom_blog_icon%2F{_num("kt icon", 9)}%2F1698112233112233">

<link rel="alternate" type="application/atom+xml" title="Atom" href="/feed"/>
<link rel="alternate" type="application/rss+xml" title="RSS2.0" href="/rss"/>
{'<link rel="prev" href="' + KT_HOST + _kt_page_href(number - 1) + '"/>' if number > 1 else ""}
{'<link rel="next" href="' + KT_HOST + _kt_page_href(number + 1) + '"/>' if number < total else ""}
  <link rel="author" href="http://www.hatena.ne.jp/{KT_OWNER}/">

    <link rel="stylesheet" type="text/css" href="https://cdn.blog.st-hatena.com/css/blog.css?version={KT_VERSION}"/>

  <link rel="stylesheet" type="text/css" href="https://usercss.blog.st-hatena.com/blog_style/{KT_BLOG_UUID}/{_hex("kt style", 40)}"/>

  <script src="https://cdn.blog.st-hatena.com/js/external/jquery.min.js?v=1.12.4&amp;version={KT_VERSION}"></script>

  <script src="https://cdn.blog.st-hatena.com/js/texts-ja.js?version={KT_VERSION}"></script>

  <script id="vendors-js" data-env="production" src="https://cdn.blog.st-hatena.com/js/vendors.js?version={KT_VERSION}" crossorigin="anonymous"></script>

<script id="hatenablog-js" data-env="production" src="https://cdn.blog.st-hatena.com/js/hatenablog.js?version={KT_VERSION}" crossorigin="anonymous" data-page-id="archive"></script>

  <script>
    Hatena.Diary.GlobalHeader.init()
  </script>
</head>

  <body class="page-archive header-image-disable enable-top-editarea enable-bottom-editarea globalheader-off globalheader-ng-enabled">

<div id="globalheader-container"
  data-brand="hatenablog"
  style="display: none"
  >
  <iframe id="globalheader" height="37" frameborder="0" allowTransparency="true"></iframe>
</div>

    <div id="container">
      <div id="container-inner">
        <header id="blog-title" data-brand="hatenablog">
  <div id="blog-title-inner" >
    <div id="blog-title-content">
      <h1 id="title"><a href="/">カモメ技研 Tech Blog</a></h1>

        <h2 id="blog-description">株式会社カモメ技研のエンジニアによる技術ブログです。</h2>

    </div>
  </div>
</header>

<div id="top-editarea">
  <nav class="kamome-nav"><a href="/">トップ</a><a href="/archive">記事一覧</a><a href="https://kamome-giken.co.jp/recruit/engineer">採用情報</a><a href="https://kamome-giken.co.jp/">コーポレートサイト</a></nav>
</div>

<div id="content" class="hfeed"
  >
  <div id="content-inner">
    <div id="wrapper">
      <div id="main">
        <div id="main-inner">

  <!-- google_ad_section_start -->
  <!-- rakuten_ad_target_begin -->

    <div class="archive-entries">
{articles}
    </div>
{_kt_pager(number, total)}
  <!-- rakuten_ad_target_end -->
  <!-- google_ad_section_end -->

        </div>
      </div>

      <aside id="box1">
  <div id="box1-inner">
  </div>
</aside>

    </div><!-- #wrapper -->
{_kt_sidebar()}

  </div>
</div>

<div id="bottom-editarea">
  <p class="kamome-recruit-banner"><a href="https://kamome-giken.co.jp/recruit/engineer">カモメ技研ではエンジニアを募集しています</a></p>
</div>

      </div>
    </div>

<footer id="footer" data-brand="hatenablog">
  <div id="footer-inner">
    <address class="footer-address">
      <a href="/">
        <img src="https://cdn.image.st-hatena.com/image/square/{_hex("kt foot", 40)}/backend=imagemagick;height=128;version=1;width=128/https%3A%2F%2Fcdn.user.blog.st-hatena.com%2Fcustom_blog_icon%2F{_num("kt icon", 9)}%2F1698112233112233" width="16" height="16" alt="カモメ技研 Tech Blog"/>
        <span class="footer-address-name">カモメ技研 Tech Blog</span>
      </a>
    </address>
    <p class="services">
      Powered by <a href="https://hatena.blog/">Hatena Blog</a>
      |
        <a href="https://blog.hatena.ne.jp/-/abuse_report?target_url={quote(canonical, safe="")}" class="report-abuse-link test-report-abuse-link" target="_blank">ブログを報告する</a>
    </p>
  </div>
</footer>

<script async src="https://s.hatena.ne.jp/js/widget/star.js"></script>
<script>
  if (typeof window.Hatena === 'undefined') {{
    window.Hatena = {{}};
  }}
  if (!Hatena.hasOwnProperty('Star')) {{
    Hatena.Star = {{
      VERSION: 2,
    }};
  }}
</script>

<div class="quote-box">
  <div class="tooltip-quote tooltip-quote-stock">
    <i class="blogicon-quote" title="引用をストック"></i>
  </div>
  <div class="tooltip-quote tooltip-quote-tweet js-tooltip-quote-tweet">
    <a class="js-tweet-quote" target="_blank" data-track-name="quote-tweet" data-track-once>
      <img src="https://cdn.blog.st-hatena.com/images/admin/quote/quote-x-icon.svg?version={KT_VERSION}" class="quote-x-icon">
    </a>
  </div>
</div>

<div class="quote-stock-panel" id="quote-stock-message-box" style="position: absolute; z-index: 3000">
  <div class="message-box" id="quote-stock-succeeded-message" style="display: none">
    <p>引用をストックしました</p>
    <button class="btn btn-primary" id="quote-stock-show-editor-button" data-track-name="curation-quote-edit-button">ストック一覧を見る</button>
    <button class="btn quote-stock-close-message-button">閉じる</button>
  </div>

  <div class="message-box" id="quote-login-required-message" style="display: none">
    <p>引用するにはまずログインしてください</p>
    <button class="btn btn-primary" id="quote-login-button">ログイン</button>
    <button class="btn quote-stock-close-message-button">閉じる</button>
  </div>
</div>

<div id="hidden-subscribe-button" style="display: none;">
    <div class="hatena-follow-button-box btn-subscribe js-hatena-follow-button-box">
  <a href="#" class="hatena-follow-button js-hatena-follow-button">
    <span class="subscribing">
      <span class="foreground">読者です</span>
      <span class="background">読者をやめる</span>
    </span>
    <span class="unsubscribing" data-track-name="profile-widget-subscribe-button" data-track-once>
      <span class="foreground">読者になる</span>
      <span class="background">読者になる</span>
    </span>
  </a>
</div>
</div>

<script src="https://cdn.blog.st-hatena.com/js/external/html5shiv.min.js?version={KT_VERSION}"></script>
  </body>
</html>
"""


@thirtieth_b
def build_kamome_techblog() -> None:
    s = Site(
        "kamome-techblog",
        kind="company tech blog entry list in Japanese (Hatena Blog business plan 2024–25, own domain: div.archive-entries of section.archive-entry with the date as time[datetime] split into span.date-year / date-month / date-day with hyphen spans, h1.entry-title > a.entry-title-link, div.categories of one to three a.archive-category-link badges, a CSS background-image thumbnail on most, p.entry-description cut with '…', Hatena Bookmark counter images; word-only pager '« 前のページ' / '次のページ »' over /archive?page=N; sidebar profile with '読者になる', 最新記事 repeating five entries, カテゴリー counts, 月別アーカイブ; the html element's data-layer JSON)",
        start="archive",
        description=f"The entry list ('記事一覧') of a Japanese e-commerce company's engineering blog (tech.kamome-giken.co.jp, 'カモメ技研 Tech Blog') on Hatena Blog's business plan with its own domain, /archive then /archive?page=2 and ?page=3 ({KT_PER_PAGE} entries a page), as a logged-out visitor gets it in March 2025. The Hatena shell: the html element's data-* blog attributes (data-blog-uuid, data-page=archive, data-brand=pro…) and its data-data-layer JSON, the GTM loader script, og / twitter tags, the Atom / RSS links, head rel prev / next on the real host, blog.css, the blog's user style sheet, jQuery, texts-ja.js, vendors.js and hatenablog.js, the hidden global header iframe, header#blog-title (h1#title, h2#blog-description), a top edit area with the company's own links. The list: div.archive-entries of section.archive-entry.test-archive-entry.autopagerize_page_element[data-uuid], each with div.archive-entry-header (div.date.archive-date > a[href=/archive/2025/03/14][rel=nofollow] > time[datetime=2025-03-14] holding span.date-year '2025', span.hyphen '-', span.date-month '03', span.hyphen, span.date-day '14'; h1.entry-title > a.entry-title-link to /entry/2025/03/14/100000 (the timestamp path) or /entry/2025/03/12/<slug>), div.categories of one to three a.archive-category-link.category-<name> badges to /archive/category/<name>, on most an a.entry-thumb-link > div.entry-thumb whose picture is only a style background-image (cdn.image.st-hatena.com square crop of a fotolife PNG), div.archive-entry-body > p.entry-description (the body's opening; over {KT_CUT} characters it is cut and ends in '…') and span.social-buttons (a.bookmark-widget-counter around the b.hatena.ne.jp count image, span.star-container, the hidden hatena-star-metadata permalink). Under the list div.pager.autopagerize_insert_before with span.pager-prev '« 前のページ' (rel=prev) and span.pager-next '次のページ »' (rel=next), words only. The sidebar aside#box2: 'プロフィール' (icon, id:{KT_OWNER}, description, the '読者になる' follow button, 'このブログについて'), '検索' form, '最新記事' (the five newest entries' titles and dates again: duplicates, not records), 'カテゴリー' with counts 'Go (12)', '月別アーカイブ'; a bottom edit area recruiting banner; footer 'Powered by Hatena Blog | ブログを報告する'; the Hatena Star script, the quote-stock boxes ('引用をストックしました') and a hidden subscribe button. 30 + 30 + 9 entries. Written down: title, url (root-relative entry path), date (ISO day), categories (the badges, as a list), summary (the description as shown, '…' included).",
    )
    pages = chunks(KT_ENTRIES, [KT_PER_PAGE, KT_PER_PAGE, len(KT_ENTRIES) - 2 * KT_PER_PAGE])
    for number, entries in enumerate(pages, 1):
        text = _kt_page(number, len(pages), entries)
        s.list_page("archive" if number == 1 else f"archive@page={number}", text)
    for entry in KT_ENTRIES:
        s.expect(
            {
                "title": entry.title,
                "url": _kt_url(entry),
                "date": entry.published.date().isoformat(),
                "categories": entry.categories,
                "summary": _kt_description(entry),
            }
        )
    s.finish()


# ---------------------------------------------------------------------------------------------------
# priberezhye-vesti: 1C-Bitrix, a custom bitrix:news.list template, /news/ then ?PAGEN_1=2 and ?PAGEN_1=3.
# ---------------------------------------------------------------------------------------------------

PV_HOST = "https://vesti-priberezhya.ru"
PV_PER_PAGE = 15
PV_AREA = "bx_3218110189"
PV_SESSID = _hex("pv sessid", 32)
PV_STAMP = 1741936512
PV_MONTHS = [
    "января",
    "февраля",
    "марта",
    "апреля",
    "мая",
    "июня",
    "июля",
    "августа",
    "сентября",
    "октября",
    "ноября",
    "декабря",
]
PV_RUBRICS = {
    "obshchestvo": "Общество",
    "ekonomika": "Экономика",
    "proisshestviya": "Происшествия",
    "sport": "Спорт",
    "kultura": "Культура",
    "zhkkh": "ЖКХ",
    "transport": "Транспорт",
    "obrazovanie": "Образование",
    "zdorove": "Здоровье",
}

#: published | rubric code | picture (y/'') | views | comments | title | preview text
PV_ROWS = """
2025-03-14 12:30|obshchestvo|y|1245|8|В Прибрежном откроют новый сквер на улице Морской|Работы по благоустройству начнутся в апреле. В сквере появятся детская площадка, велодорожка и зона отдыха с навесами, а также 60 новых деревьев.
2025-03-14 11:05|transport||2310|17|С 1 апреля изменится расписание пригородных автобусов|Перевозчик сокращает интервалы на маршрутах № 104 и № 112 в утренние часы пик. Новое расписание уже опубликовано на сайте администрации.
2025-03-14 09:40|proisshestviya|y|3870|24|На трассе Р-21 у поворота на Заречье столкнулись три автомобиля|Пострадали два человека, их доставили в районную больницу. Движение в сторону города было затруднено около двух часов.
2025-03-13 18:15|sport|y|964|3|«Прибой» обыграл «Северянку» в полуфинале областного первенства по волейболу|Встреча завершилась со счётом 3:1. Финал пройдёт 22 марта в спорткомплексе «Маяк».
2025-03-13 16:20|ekonomika||1502|11|Рыбоперерабатывающий завод в Устье запустит вторую линию|Инвестиции в проект составят 420 млн рублей. На предприятии появятся 85 новых рабочих мест.
2025-03-13 14:00|zhkkh|y|2788|35|Отключение горячей воды в Северном микрорайоне перенесли на май|Ресурсоснабжающая организация объяснила перенос сроков ремонтом магистрального трубопровода на улице Гагарина.
2025-03-13 10:30|kultura|y|712|2|В краеведческом музее открылась выставка «Поморы: жизнь у моря»|В экспозиции более 200 предметов быта, фотографии начала XX века и модели традиционных поморских судов.
2025-03-12 19:45|obrazovanie||1120|6|Школа № 3 вошла в десятку лучших школ области по итогам олимпиад|Учащиеся школы завоевали 14 призовых мест на региональном этапе всероссийской олимпиады школьников.
2025-03-12 17:10|zdorove|y|1876|9|В поликлинике на Ленина заработал кабинет неотложной помощи|Кабинет принимает пациентов без записи с 8:00 до 20:00 в будние дни и с 9:00 до 15:00 в субботу.
2025-03-12 13:25|obshchestvo||905|4|Волонтёры собрали более 300 кг мусора на побережье|Субботник прошёл у Старого маяка. Участникам выдали перчатки и мешки, а после уборки угостили горячим чаем.
2025-03-12 11:00|transport|y|2054|21|Мост через Двинку закроют на ремонт на два месяца|Объезд будет организован через улицу Береговую. Для пассажиров автобусов введут временные остановки.
2025-03-11 20:05|sport||488|0|Юные лыжники из Прибрежного привезли пять медалей с областных соревнований|Воспитанники спортшколы «Олимп» выступили в возрастных группах до 13 и до 15 лет.
2025-03-11 15:40|ekonomika|y|1333|7|Фермеры района получат субсидии на покупку техники|Областной бюджет выделил на программу 18 млн рублей. Заявки принимаются до 15 апреля.
2025-03-11 12:15|proisshestviya||2947|15|Спасатели сняли со льдины двух рыбаков|Льдину оторвало от берега в районе мыса Северный. Мужчин доставили на берег катером, медицинская помощь им не потребовалась.
2025-03-11 09:00|obshchestvo|y|1688|12|Жители Заречья проголосовали за ремонт дома культуры|В рамках инициативного бюджетирования за проект отдали голоса более 1,5 тысячи человек.
2025-03-10 18:30|kultura||620|1|Народный театр покажет премьеру по пьесе Островского|Спектакль «Бесприданница» можно будет увидеть 21 и 22 марта на сцене городского дома культуры.
2025-03-10 16:00|zhkkh|y|2210|28|Управляющие компании обязали убрать наледь с крыш до конца недели|Жилищная инспекция проведёт рейды и составит протоколы в отношении нарушителей.
2025-03-10 13:45|obrazovanie|y|1044|5|В детском саду «Рыбка» открыли группу для детей с особенностями развития|Группа рассчитана на восемь воспитанников. С детьми работают логопед, психолог и дефектолог.
2025-03-10 10:20|transport||1519|9|Такси в аэропорт подорожали на 15 процентов|Перевозчики объясняют повышение цен ростом стоимости топлива и запчастей.
2025-03-09 19:00|sport|y|812|2|Хоккеисты «Шторма» завершили сезон на третьем месте|В матче за бронзу команда обыграла соперников из Онеги со счётом 5:2.
2025-03-09 15:30|obshchestvo||1390|14|Городская библиотека продлит часы работы по выходным|С 15 марта библиотека будет открыта по субботам и воскресеньям до 18:00.
2025-03-08 12:00|obshchestvo|y|2476|19|Прибрежный отметил Международный женский день концертом на набережной|На праздник пришли около двух тысяч жителей. Для гостей выступили местные коллективы и артисты областной филармонии.
2025-03-07 17:40|ekonomika||1108|6|В городе открылся первый коворкинг для предпринимателей|Помещение площадью 300 квадратных метров расположено в бизнес-центре «Причал».
2025-03-07 14:15|proisshestviya|y|3312|26|Пожар в гаражном кооперативе «Север» уничтожил четыре бокса|Возгорание ликвидировали за полтора часа. Причину пожара устанавливают дознаватели МЧС.
2025-03-07 11:30|zdorove||1265|8|Вакцинация от клещевого энцефалита стартует в апреле|Прививку можно будет сделать бесплатно в поликлиниках по месту прикрепления.
2025-03-06 18:50|kultura|y|744|3|Фестиваль «Северное сияние» пройдёт в Прибрежном в девятый раз|В программе — концерты, мастер-классы и ярмарка ремесленников.
2025-03-06 15:10|zhkkh||1954|22|Тариф на вывоз мусора в районе снизят с июля|Региональный оператор пересчитал норматив накопления отходов для частного сектора.
2025-03-06 12:00|obrazovanie||877|4|Запись в первые классы начнётся 1 апреля|Заявления принимаются через портал госуслуг и в многофункциональном центре.
2025-03-05 19:20|sport|y|659|1|В Прибрежном построят крытый футбольный манеж|Стоимость строительства оценивается в 230 млн рублей. Манеж откроется в 2026 году.
2025-03-05 16:45|transport|y|1732|13|На улице Портовой установят новый светофор|Светофор появится у пешеходного перехода возле школы № 5 после обращений родителей.
2025-03-05 10:00|obshchestvo||1011|5|Почтовое отделение в Устье переедет в новое здание|Отделение будет работать по новому адресу с 20 марта. Номера абонентских ящиков сохранятся.
2025-03-04 18:05|ekonomika|y|1420|10|Малый бизнес района получил льготные займы на 45 млн рублей|Средства выдал региональный фонд поддержки предпринимательства.
2025-03-04 14:30|proisshestviya||2268|18|Полиция ищет водителя, сбившего пешехода на улице Гагарина|Происшествие случилось вечером 3 марта. Очевидцев просят позвонить в дежурную часть.
2025-03-04 11:15|kultura||530|0|В библиотеке пройдёт вечер памяти местного поэта Николая Рябова|Встреча начнётся 12 марта в 18:00. Вход свободный.
2025-03-03 17:30|zhkkh|y|1807|16|В трёх домах на улице Морской заменят лифты|Работы проведут в рамках программы капитального ремонта до конца года.
2025-03-03 13:50|obshchestvo||946|7|Ветеранам вручили юбилейные медали|Награды получили 42 жителя района.
2025-03-03 10:10|zdorove|y|1583|9|В районной больнице появился новый аппарат МРТ|Оборудование поступило по программе модернизации первичного звена здравоохранения.
2025-03-02 16:00|sport||402|0|Турнир по мини-футболу среди школьников собрал 16 команд|Победителем стала команда школы № 2.
2025-03-01 12:40|obshchestvo|y|1275|11|Начался приём заявок на конкурс «Лучший двор»|Победители получат сертификаты на благоустройство территории.
"""


class PVItem(NamedTuple):
    id: int
    published: datetime
    rubric: str
    picture: bool
    views: int
    comments: int
    title: str
    preview: str


PV_ITEMS = [
    PVItem(
        48290 - index * 3 - _num(title, 1) % 3,
        datetime.fromisoformat(when),
        rubric,
        pic == "y",
        int(views),
        int(comments),
        title,
        preview,
    )
    for index, (when, rubric, pic, views, comments, title, preview) in enumerate(
        line.split("|") for line in PV_ROWS.strip().splitlines()
    )
]


def _pv_url(item: PVItem) -> str:
    return f"/news/{item.rubric}/{item.id}/"


def _pv_image(item: PVItem) -> str:
    key = _hex(item.title, 32)
    return f"/upload/resize_cache/iblock/{key[:3]}/400_267_2/{key}.jpg"


def _pv_date(when: datetime) -> str:
    return f"{when.day} {PV_MONTHS[when.month - 1]} {when.year}, {when:%H:%M}"


def _pv_count(value: int) -> str:
    """Bitrix's number_format with a thin space between thousands: '1 245'."""
    return f"{value:,}".replace(",", "&#8239;")


def _pv_page_href(number: int) -> str:
    return "/news/" if number == 1 else f"/news/?PAGEN_1={number}"


PV_EYE = '<svg class="icon icon-eye" width="16" height="16" aria-hidden="true"><use xlink:href="/local/templates/vesti/img/sprite.svg#eye"></use></svg>'
PV_BUBBLE = '<svg class="icon icon-comment" width="16" height="16" aria-hidden="true"><use xlink:href="/local/templates/vesti/img/sprite.svg#comment"></use></svg>'


def _pv_card(item: PVItem) -> str:
    url = _pv_url(item)
    picture = (
        f"""
		<a class="news-card__img" href="{url}"><img src="{_pv_image(item)}" width="400" height="267" alt="{esc(item.title)}" title="{esc(item.title)}" loading="lazy"></a>"""
        if item.picture
        else ""
    )
    no_pic = "" if item.picture else " news-card--no-img"
    return f"""
	<div class="news-card{no_pic}" id="{PV_AREA}_{item.id}">{picture}
		<div class="news-card__body">
			<div class="news-card__meta">
				<span class="news-card__date">{_pv_date(item.published)}</span>
				<a class="news-card__rubric" href="/news/{item.rubric}/">{PV_RUBRICS[item.rubric]}</a>
			</div>
			<a class="news-card__title" href="{url}">{esc(item.title)}</a>
			<div class="news-card__text">{esc(item.preview)}</div>
			<div class="news-card__stat">
				<span class="news-card__views" title="Просмотры">{PV_EYE}{_pv_count(item.views)}</span>
				<a class="news-card__comments" href="{url}#comments" title="Комментарии">{PV_BUBBLE}{item.comments}</a>
			</div>
		</div>
	</div>"""


PV_ADV = """
	<div class="news-list__adv">
		<!--'start_frame_cache_adv_list'--><div class="adv-block" data-place="news_list_inline">
			<div class="adv-block__label">Реклама</div>
			<a href="https://ads.adfox.ru/257814/goLink?p1=csxky&amp;p2=hfzx&amp;p5=pqnbk&amp;pr=1741936512" target="_blank" rel="nofollow noopener"><img src="/upload/rk/7c1/7c1d2a0e9b3f4e5a/zastroyshchik_728x90.jpg" width="728" height="90" alt="ЖК «Морской бриз» — квартиры с видом на залив от 5,2 млн ₽"></a>
			<div class="adv-block__erid">Реклама. ООО «Прибрежный застройщик», ИНН 2901234567, erid: 2SDnjdLq8Xk</div>
		</div><!--'end_frame_cache_adv_list'-->
	</div>"""


def _pv_pager(number: int, total: int) -> str:
    items = []
    if number > 1:
        items.append(f'<li class="bx-pag-prev"><a href="{_pv_page_href(number - 1)}"><span>Назад</span></a></li>')
    else:
        items.append('<li class="bx-pag-prev"><span>Назад</span></li>')
    for n in range(1, total + 1):
        if n == number:
            items.append(f'<li class="bx-active"><span>{n}</span></li>')
        else:
            items.append(f'<li class=""><a href="{_pv_page_href(n)}"><span>{n}</span></a></li>')
    if number < total:
        items.append(f'<li class="bx-pag-next"><a href="{_pv_page_href(number + 1)}"><span>Вперед</span></a></li>')
    else:
        items.append('<li class="bx-pag-next"><span>Вперед</span></li>')
    joined = "\n\t\t\t".join(items)
    return f"""
<div class="bx-pagination ">
	<div class="bx-pagination-container">
		<ul>
			{joined}
		</ul>
		<div style="clear:both"></div>
	</div>
</div>"""


PV_MENU = [
    ("/news/", "Новости", list(PV_RUBRICS.items())[:6]),
    ("/articles/", "Статьи", []),
    ("/interview/", "Интервью", []),
    ("/photo/", "Фоторепортажи", []),
    ("/afisha/", "Афиша", []),
    ("/ads/", "Объявления", []),
    ("/about/", "О редакции", [("contacts", "Контакты"), ("advertising", "Реклама на сайте")]),
]


def _pv_menu() -> str:
    out = []
    for href, label, children in PV_MENU:
        selected = ' class="root-item-selected"' if href == "/news/" else ' class="root-item"'
        sub = ""
        if children:
            base = href if href != "/about/" else "/about/"
            sub = (
                "<ul>"
                + "".join(f'<li><a href="{base}{code}/">{esc(name)}</a></li>' for code, name in children)
                + "</ul>"
            )
        parent = " parent" if children else ""
        out.append(f'<li class="{parent.strip()}"><a href="{href}"{selected}>{esc(label)}</a>{sub}</li>')
    return "\n\t".join(out)


def _pv_popular() -> str:
    top = sorted(PV_ITEMS, key=lambda i: -i.views)[:5]
    return "".join(
        f"""
			<li class="popular-list__item"><a href="{_pv_url(i)}">{esc(i.title)}</a><span class="popular-list__views">{PV_EYE}{_pv_count(i.views)}</span></li>"""
        for i in top
    )


def _pv_page(number: int, total: int, items: list[PVItem]) -> str:
    cards = [_pv_card(i) for i in items]
    cards.insert(5, PV_ADV)
    bx_core = {
        "JS_CORE_LOADING": "Загрузка...",
        "JS_CORE_NO_DATA": "- Нет данных -",
        "JS_CORE_WINDOW_CLOSE": "Закрыть",
        "JS_CORE_WINDOW_EXPAND": "Развернуть",
        "JS_CORE_WINDOW_NARROW": "Свернуть в окно",
        "JS_CORE_WINDOW_SAVE": "Сохранить",
        "JS_CORE_WINDOW_CANCEL": "Отменить",
        "JS_CORE_WINDOW_CONTINUE": "Продолжить",
        "JS_CORE_H": "ч",
        "JS_CORE_M": "м",
        "JS_CORE_S": "с",
        "JSADM_AI_HIDE_EXTRA": "Скрыть лишние",
        "JSADM_AI_ALL_NOTIF": "Показать все",
        "JSADM_AUTH_REQ": "Требуется авторизация!",
        "JS_CORE_WINDOW_AUTH": "Войти",
        "JS_CORE_IMAGE_FULL": "Полный размер",
    }
    bx_site = {
        "LANGUAGE_ID": "ru",
        "FORMAT_DATE": "DD.MM.YYYY",
        "FORMAT_DATETIME": "DD.MM.YYYY HH:MI:SS",
        "COOKIE_PREFIX": "BITRIX_SM",
        "SERVER_TZ_OFFSET": "10800",
        "UTF_MODE": "Y",
        "SITE_ID": "s1",
        "SITE_DIR": "/",
        "USER_ID": "",
        "SERVER_TIME": str(PV_STAMP),
        "USER_TZ_OFFSET": "0",
        "USER_TZ_AUTO": "Y",
        "bitrix_sessid": PV_SESSID,
    }
    js_list = [
        "/bitrix/js/main/core/core.min.js",
        "/bitrix/js/main/core/core_fx.min.js",
        "/bitrix/js/main/session.min.js",
        "/bitrix/js/main/pageobject/pageobject.min.js",
        "/bitrix/js/main/core/core_frame_cache.min.js",
        "/local/templates/vesti/js/jquery-3.7.1.min.js",
        "/local/templates/vesti/js/main.js",
    ]
    css_list = [
        "/bitrix/js/ui/design-tokens/dist/ui.design-tokens.min.css",
        "/local/templates/vesti/components/bitrix/news.list/feed/style.css",
        "/local/templates/vesti/components/bitrix/system.pagenavigation/round/style.css",
        "/local/templates/vesti/styles.css",
        "/local/templates/vesti/template_styles.css",
    ]
    title = "Новости" if number == 1 else f"Новости (страница {number})"
    breadcrumb = """<div class="bx-breadcrumb" itemprop="http://schema.org/breadcrumb" itemscope itemtype="http://schema.org/BreadcrumbList">
			<div class="bx-breadcrumb-item" id="bx_breadcrumb_0" itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem">
				<a href="/" title="Главная" itemprop="item">
					<span itemprop="name">Главная</span>
				</a>
				<meta itemprop="position" content="1" />
			</div>
			<div class="bx-breadcrumb-item">
				<i class="fa fa-angle-right"></i>
				<span>Новости</span>
			</div><div style="clear:both"></div></div>"""
    rubric_tabs = "".join(
        f'<a class="rubric-tabs__item" href="/news/{code}/">{name}</a>' for code, name in PV_RUBRICS.items()
    )
    return f"""<!DOCTYPE html>
<html lang="ru">
<head>
	<meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
	<meta name="viewport" content="width=device-width, initial-scale=1">
	<title>{title} — Вести Прибрежья</title>
	<meta name="robots" content="index, follow" />
	<meta name="keywords" content="новости Прибрежного, Прибрежный район, происшествия, ЖКХ, транспорт" />
	<meta name="description" content="Новости Прибрежного и района: общество, экономика, происшествия, спорт и культура. Оперативно и из первых рук." />
	<link rel="canonical" href="{PV_HOST}{_pv_page_href(number)}" />
	<meta property="og:title" content="Новости — Вести Прибрежья" />
	<meta property="og:type" content="website" />
	<meta property="og:url" content="{PV_HOST}{_pv_page_href(number)}" />
	<meta property="og:image" content="{PV_HOST}/local/templates/vesti/img/og-logo.png" />
	<script data-skip-moving="true">(function(w, d, n) {{var cl = "bx-core";var ht = d.documentElement;var htc = ht ? ht.className : undefined;if (htc === undefined || htc.indexOf(cl) !== -1){{return;}}var ua = n.userAgent;if (/(iPad;)|(iPhone;)/i.test(ua)){{cl += " bx-ios";}}else if (/Windows/i.test(ua)){{cl += ' bx-win';}}else if (/Macintosh/i.test(ua)){{cl += " bx-mac";}}else if (/Linux/i.test(ua) && !/Android/i.test(ua)){{cl += " bx-linux";}}else if (/Android/i.test(ua)){{cl += " bx-android";}}cl += (/(ipad|iphone|android|mobile|touch)/i.test(ua) ? " bx-touch" : " bx-no-touch");cl += w.devicePixelRatio && w.devicePixelRatio >= 2? " bx-retina": " bx-no-retina";var ieVersion = -1;if (/AppleWebKit/.test(ua)){{cl += " bx-chrome";}}else if (/Opera/.test(ua)){{cl += " bx-opera";}}else if (/Firefox/.test(ua)){{cl += " bx-firefox";}}ht.className = htc ? htc + " " + cl : cl;}})(window, document, navigator);</script>

<link href="/bitrix/js/ui/design-tokens/dist/ui.design-tokens.min.css?1717999843{_num("dt", 3)}" type="text/css" rel="stylesheet"/>
<link href="/bitrix/cache/css/s1/vesti/page_{_hex("pv page css", 32)}/page_{_hex("pv page css2", 32)}.css?{PV_STAMP - 86400}2214" type="text/css" rel="stylesheet"/>
<link href="/bitrix/cache/css/s1/vesti/template_{_hex("pv tpl css", 32)}/template_{_hex("pv tpl css2", 32)}.css?{PV_STAMP - 86400}48211" type="text/css" rel="stylesheet" data-template-style="true"/>
<script type="text/javascript">if(!window.BX)window.BX={{}};if(!window.BX.message)window.BX.message=function(mess){{if(typeof mess==='object'){{for(let i in mess) {{BX.message[i]=mess[i];}} return true;}}}};</script>
<script type="text/javascript">(window.BX||top.BX).message({json.dumps(bx_core, ensure_ascii=False)});</script>
<script type="text/javascript">(window.BX||top.BX).message({json.dumps(bx_site, ensure_ascii=False)});</script>

<script type="text/javascript"  src="/bitrix/cache/js/s1/vesti/kernel_main/kernel_main_v1.js?{PV_STAMP - 7200}155312"></script>
<script type="text/javascript" src="/bitrix/js/ui/dexie/dist/dexie3.bundle.min.js?1717999901{_num("dx", 3)}"></script>
<script type="text/javascript" src="/bitrix/js/main/core/core_frame_cache.min.js?1717999844{_num("fc", 3)}"></script>
<script type="text/javascript">BX.setJSList({json.dumps(js_list)});</script>
<script type="text/javascript">BX.setCSSList({json.dumps(css_list)});</script>
<script type="text/javascript">var _ba = _ba || []; _ba.push(["aid", "{_hex("pv ba", 32)}"]); _ba.push(["host", "vesti-priberezhya.ru"]); (function() {{var ba = document.createElement("script"); ba.type = "text/javascript"; ba.async = true;ba.src = (document.location.protocol == "https:" ? "https://" : "http://") + "bitrix.info/ba.js";var s = document.getElementsByTagName("script")[0];s.parentNode.insertBefore(ba, s);}})();</script>

<script type="text/javascript"  src="/bitrix/cache/js/s1/vesti/template_{_hex("pv tpl js", 32)}/template_{_hex("pv tpl js2", 32)}.js?{PV_STAMP - 86400}93120"></script>
	<link rel="icon" href="/favicon.svg" type="image/svg+xml">
	<!-- Yandex.Metrika counter -->
	<script type="text/javascript">
		(function(m,e,t,r,i,k,a){{m[i]=m[i]||function(){{(m[i].a=m[i].a||[]).push(arguments)}};
		m[i].l=1*new Date();
		for (var j = 0; j < document.scripts.length; j++) {{if (document.scripts[j].src === r) {{ return; }}}}
		k=e.createElement(t),a=e.getElementsByTagName(t)[0],k.async=1,k.src=r,a.parentNode.insertBefore(k,a)}})
		(window, document, "script", "https://mc.yandex.ru/metrika/tag.js", "ym");

		ym(96418273, "init", {{
		clickmap:true,
		trackLinks:true,
		accurateTrackBounce:true,
		webvisor:true
		}});
	</script>
	<noscript><div><img src="https://mc.yandex.ru/watch/96418273" style="position:absolute; left:-9999px;" alt="" /></div></noscript>
	<!-- /Yandex.Metrika counter -->
</head>
<body class="page-news">
<div id="panel"></div>
<div class="topline">
	<div class="container topline__inner">
		<div class="topline__date">Пятница, 14 марта 2025</div>
		<div class="topline__weather"><span class="weather-icon weather-icon--snow"></span>−4 °C, снег</div>
		<div class="topline__rates"><span>USD 87,12 ₽</span><span>EUR 94,71 ₽</span></div>
		<div class="topline__age">18+</div>
	</div>
</div>
<header class="header">
	<div class="container header__inner">
		<a class="header__logo" href="/"><img src="/local/templates/vesti/img/logo.svg" alt="Вести Прибрежья" width="220" height="48"></a>
		<form class="header__search" action="/search/" method="get"><input type="text" name="q" placeholder="Поиск по сайту" value=""><button type="submit" aria-label="Найти"></button></form>
		<div class="header__social"><a href="https://vk.com/vesti_priberezhya" target="_blank" rel="noopener" aria-label="ВКонтакте"></a><a href="https://t.me/vesti_priberezhya" target="_blank" rel="noopener" aria-label="Telegram"></a><a href="https://ok.ru/group/vestipriberezhya" target="_blank" rel="noopener" aria-label="Одноклассники"></a></div>
	</div>
	<nav class="header__menu container">
<ul id="horizontal-multilevel-menu">
	{_pv_menu()}
</ul>
<div class="menu-clear-left"></div>
	</nav>
</header>
<main class="main container">
	<div class="main__content">
		{breadcrumb}
		<h1 class="page-title">Новости</h1>
		<div class="rubric-tabs"><a class="rubric-tabs__item rubric-tabs__item--active" href="/news/">Все</a>{rubric_tabs}</div>
<div id="bxdynamic_news_feed_start" style="display:none"></div>
<div class="news-list">{"".join(cards)}
</div>
{_pv_pager(number, total)}
<div id="bxdynamic_news_feed_end" style="display:none"></div>
	</div>
	<aside class="main__sidebar">
		<div class="sidebar-block sidebar-block--popular">
			<div class="sidebar-block__title">Самое читаемое</div>
			<ul class="popular-list">{_pv_popular()}
			</ul>
		</div>
		<div class="sidebar-block sidebar-block--subscribe">
			<div class="sidebar-block__title">Подписывайтесь на наш Telegram-канал</div>
			<p>Главные новости Прибрежного — в одном канале.</p>
			<a class="btn btn--primary" href="https://t.me/vesti_priberezhya" target="_blank" rel="noopener">Подписаться</a>
		</div>
		<div class="sidebar-block sidebar-block--adv">
			<div class="adv-block__label">Реклама</div>
			<!--'start_frame_cache_adv_side'--><a href="https://ads.adfox.ru/257814/goLink?p1=csxky&amp;p2=hfzy" target="_blank" rel="nofollow noopener"><img src="/upload/rk/2a8/2a8f0c1b/okna_240x400.png" width="240" height="400" alt="Окна ПВХ с установкой — скидка 20%"></a><!--'end_frame_cache_adv_side'-->
			<div class="adv-block__erid">Реклама. ИП Сидоров А. В., ИНН 290112345678, erid: 2SDnjcT4mPq</div>
		</div>
	</aside>
</main>
<footer class="footer">
	<div class="container footer__inner">
		<div class="footer__about">
			<p>Сетевое издание «Вести Прибрежья». Зарегистрировано Федеральной службой по надзору в сфере связи, информационных технологий и массовых коммуникаций (Роскомнадзор), регистрационный номер Эл № ФС77-81234 от 14.06.2021.</p>
			<p>Учредитель: МАУ «Редакция газеты «Прибрежные вести». Главный редактор: Котова Н. А. Телефон редакции: +7 (81830) 2-14-55, e-mail: info@vesti-priberezhya.ru</p>
			<p>При использовании материалов ссылка на «Вести Прибрежья» обязательна. 18+</p>
		</div>
		<ul class="footer__menu"><li><a href="/about/">О редакции</a></li><li><a href="/about/advertising/">Реклама</a></li><li><a href="/about/contacts/">Контакты</a></li><li><a href="/politika-konfidentsialnosti/">Политика конфиденциальности</a></li></ul>
		<div class="footer__copy">© 2013–2025 Вести Прибрежья</div>
	</div>
</footer>
<div class="cookie-notice" id="cookie-notice" style="display:none">
	<p>Мы используем файлы cookie и сервис Яндекс.Метрика для улучшения работы сайта. Продолжая пользоваться сайтом, вы соглашаетесь с <a href="/politika-konfidentsialnosti/">политикой конфиденциальности</a>.</p>
	<button type="button" class="btn btn--primary" data-cookie-accept>Понятно</button>
</div>
<script type="text/javascript">BX.ready(function(){{ if(!BX.getCookie('BITRIX_SM_COOKIE_OK')){{ BX.show(BX('cookie-notice')); }} BX.bind(document.querySelector('[data-cookie-accept]'), 'click', function(){{ BX.setCookie('BITRIX_SM_COOKIE_OK', 'Y', {{expires: 31536000, path: '/'}}); BX.hide(BX('cookie-notice')); }}); }});</script>
</body>
</html>
"""


@thirtieth_b
def build_priberezhye_vesti() -> None:
    s = Site(
        "priberezhye-vesti",
        kind="regional news feed in Russian (1C-Bitrix 2024–25 with a custom bitrix:news.list template: div.news-list of div.news-card#bx_3218110189_<id> with an optional picture link from /upload/resize_cache/iblock/…, span.news-card__date '14 марта 2025, 12:30', a.news-card__rubric, a.news-card__title, div.news-card__text preview, views '1 245' (a narrow no-break space) and comments counts after svg icons; a 'Реклама' block with INN and erid after the fifth card; system.pagenavigation 'round' div.bx-pagination 'Назад' / numbers / 'Вперед' over ?PAGEN_1=N; BX core messages, BX.setJSList, Yandex.Metrika, 'Самое читаемое' sidebar repeating five titles with views, composite-cache frame comments)",
        start="news/",
        description=f"The news feed of a Russian regional online newspaper ('Вести Прибрежья', vesti-priberezhya.ru) on 1C-Bitrix with a custom site template 'vesti' and a custom bitrix:news.list template, /news/ then /news/?PAGEN_1=2 and ?PAGEN_1=3 ({PV_PER_PAGE} items a page), as a logged-out visitor gets it on 14 March 2025. The Bitrix head: the bx-core user-agent class script (data-skip-moving), the design tokens and the cached page / template CSS under /bitrix/cache/css/s1/vesti/, the window.BX stub and two BX.message JSON calls (the core strings; LANGUAGE_ID, FORMAT_DATETIME, SERVER_TIME, bitrix_sessid…), the kernel_main bundle, dexie and core_frame_cache scripts, BX.setJSList / BX.setCSSList arrays, the bitrix.info ba.js counter, the template JS bundle and the Yandex.Metrika counter with its noscript pixel. The page: a top line (date, weather '−4 °C, снег', 'USD 87,12 ₽', '18+'), the header (logo, search form, social links) with ul#horizontal-multilevel-menu (root-item-selected on Новости, a rubric submenu), div.bx-breadcrumb with BreadcrumbList microdata, h1 'Новости', rubric tabs ('Все' and nine rubrics), the bxdynamic composite markers, then div.news-list of div.news-card#{PV_AREA}_<element id> (news-card--no-img where there is no picture): an optional a.news-card__img with img[src=/upload/resize_cache/iblock/<3 hex>/400_267_2/<32 hex>.jpg] (alt and title the headline), div.news-card__body with div.news-card__meta (span.news-card__date '14 марта 2025, 12:30' — day, genitive month, year and time — and a.news-card__rubric to /news/<rubric>/), a.news-card__title to /news/<rubric>/<id>/, div.news-card__text (the preview text), div.news-card__stat with span.news-card__views[title=Просмотры] (an svg sprite eye, then the count with a narrow no-break space between thousands, '1&#8239;245') and a.news-card__comments[title=Комментарии] to #comments (an svg bubble, then the count, 0 included). After the fifth card div.news-list__adv: 'Реклама', an adfox banner link and 'Реклама. ООО «Прибрежный застройщик», ИНН 2901234567, erid: …' inside frame-cache comments (not a record). The pager is system.pagenavigation's 'round' template: div.bx-pagination > div.bx-pagination-container > ul with li.bx-pag-prev 'Назад' (a span on page 1), li.bx-active / numbered links to ?PAGEN_1=N (page 1 as /news/), li.bx-pag-next 'Вперед'. The sidebar: 'Самое читаемое' (the five most-read items' titles and views again: duplicates, not records), a Telegram subscribe box, a second 'Реклама' banner with erid. The footer: the media registration (Роскомнадзор, Эл № ФС77-…), founder and editor, '18+', menu and copyright; a hidden cookie notice ('Мы используем файлы cookie…', 'Понятно') with its BX.ready script. 15 + 15 + 9 items. Written down: title, url (/news/<rubric>/<id>/), date (ISO day), rubric, views, comments, summary (the preview text), image (the picture's src, where shown).",
    )
    pages = chunks(PV_ITEMS, [PV_PER_PAGE, PV_PER_PAGE, len(PV_ITEMS) - 2 * PV_PER_PAGE])
    for number, items in enumerate(pages, 1):
        text = _pv_page(number, len(pages), items)
        s.list_page("news/index.html" if number == 1 else f"news/@PAGEN_1={number}", text)
    for item in PV_ITEMS:
        s.expect(
            {
                "title": item.title,
                "url": _pv_url(item),
                "date": item.published.date().isoformat(),
                "rubric": PV_RUBRICS[item.rubric],
                "views": item.views,
                "comments": item.comments,
                "summary": item.preview,
                "image": _pv_image(item) if item.picture else None,
            }
        )
    s.finish()


# ---------------------------------------------------------------------------------------------------
# tsv-aalbach: Contao 5.3, mod_newslist with a custom news_latest template, /aktuelles.html?page_n14=N.
# ---------------------------------------------------------------------------------------------------

TA_HOST = "https://www.tsv-aalbach.de"
TA_PAGE = "aktuelles.html"
TA_MODULE = 14
TA_PER_PAGE = 10
TA_CATEGORIES = {
    "fussball": "Fußball",
    "handball": "Handball",
    "turnen": "Turnen",
    "tennis": "Tennis",
    "leichtathletik": "Leichtathletik",
    "verein": "Verein",
    "jugend": "Jugend",
}

#: published | categories | author | picture (y/'') | title | teaser
TA_ROWS = """
2025-03-14 18:45|fussball|Lena Hofmann|y|Erste Mannschaft gewinnt Derby gegen den FC Birkenfeld|Vor über 400 Zuschauern setzte sich unsere Erste am Sonntag mit 3:1 durch. Nach dem frühen Rückstand drehten Jonas Keller und zweimal Mehmet Aydın die Partie noch vor der Pause.
2025-03-12 20:10|verein|Thomas Brenner||Einladung zur Jahreshauptversammlung am 4. April|Der Vorstand lädt alle Mitglieder herzlich zur Jahreshauptversammlung ins Vereinsheim ein. Auf der Tagesordnung stehen unter anderem die Neuwahl des Kassenwarts und die Beitragsordnung.
2025-03-11 09:30|handball,jugend|Sabine Kraus|y|D-Jugend zieht ins Bezirkspokal-Finale ein|Mit einer starken Abwehrleistung gewann unsere männliche D-Jugend das Halbfinale gegen die HSG Talheim mit 21:14. Das Finale findet am 29. März in Oberndorf statt.
2025-03-09 17:00|turnen|Petra Wiedmann|y|Gauliga-Auftakt: Turnerinnen holen Platz zwei|Beim ersten Wettkampftag der Gauliga in Sulz zeigten unsere Turnerinnen saubere Übungen am Boden und am Balken. Nur der TV Rottweil war am Ende knapp vorne.
2025-03-07 12:15|tennis|Markus Vogt||Saisoneröffnung auf der Tennisanlage am 26. April|Die Plätze werden ab Mitte April hergerichtet. Zur Saisoneröffnung gibt es ein Schnuppertraining für Kinder und Erwachsene sowie Kaffee und Kuchen auf der Terrasse.
2025-03-05 19:40|leichtathletik|Daniel Roth|y|Hallen-Kreismeisterschaften: sechs Titel für den TSV|Bei den Hallen-Kreismeisterschaften in Balingen holten unsere Athletinnen und Athleten sechs Kreismeistertitel, drei davon im Sprint.
2025-03-03 08:50|verein,jugend|Thomas Brenner|y|Neues Kleinspielfeld offiziell eingeweiht|Nach acht Monaten Bauzeit wurde das neue Kleinspielfeld neben der Sporthalle eingeweiht. Bürgermeisterin Anja Feucht dankte allen Helferinnen und Helfern für über 600 ehrenamtliche Arbeitsstunden.
2025-03-01 16:30|fussball|Lena Hofmann||Zweite Mannschaft trennt sich torlos von der SG Dettingen|Auf schwer bespielbarem Rasen sahen die Zuschauer eine kampfbetonte Partie mit wenigen Torchancen.
2025-02-27 21:05|handball|Sabine Kraus|y|Damen verlieren Spitzenspiel knapp|In einer hochklassigen Partie unterlagen unsere Damen dem Tabellenführer TG Schömberg mit 24:25. Der Ausgleich in der letzten Sekunde wurde wegen eines Stürmerfouls nicht gegeben.
2025-02-24 10:00|verein|Thomas Brenner||Ehrenamtspreis für Gerda Maier|Für ihr jahrzehntelanges Engagement in der Turnabteilung wurde Gerda Maier mit dem Ehrenamtspreis des Landkreises ausgezeichnet. Seit 1978 leitet sie die Seniorengymnastik.
2025-02-21 18:20|jugend,fussball|Kevin Sauter|y|F-Jugend beim Hallenturnier in Rosenfeld erfolgreich|Unsere Jüngsten gewannen vier von fünf Spielen und hatten sichtlich Spaß. Danke an die Eltern für die Fahrdienste!
2025-02-19 19:45|turnen|Petra Wiedmann||Neuer Kurs: Eltern-Kind-Turnen ab März|Ab dem 6. März bieten wir donnerstags von 15.30 bis 16.30 Uhr einen neuen Kurs für Kinder von zwei bis vier Jahren mit einem Elternteil an. Anmeldung über die Geschäftsstelle.
2025-02-16 17:35|fussball|Lena Hofmann|y|Testspielsieg gegen den Landesligisten aus Hechingen|Unsere Erste bestätigte ihre gute Form in der Vorbereitung und gewann beim favorisierten Landesligisten mit 2:1.
2025-02-13 11:10|tennis,jugend|Markus Vogt||Jugendtraining im Sommer: Anmeldung läuft|Für die Sommersaison sind noch Plätze in den Trainingsgruppen für Sechs- bis Vierzehnjährige frei. Das Training findet dienstags und freitags statt.
2025-02-10 20:30|handball|Sabine Kraus|y|Herren feiern souveränen Heimsieg|Mit 31:22 setzten sich unsere Herren gegen den TV Spaichingen II durch. Bester Werfer war Lukas Haas mit neun Toren.
2025-02-07 09:00|verein|Thomas Brenner|y|Faschingsball im Vereinsheim war ein voller Erfolg|Rund 250 Gäste feierten beim traditionellen Faschingsball bis in die frühen Morgenstunden. Die Showtanzgruppe der Turnabteilung sorgte für den Höhepunkt des Abends.
2025-02-04 18:00|leichtathletik,jugend|Daniel Roth||Sportabzeichen-Training startet im April|Wer das Deutsche Sportabzeichen ablegen möchte, kann ab April jeden Mittwoch um 18 Uhr im Stadion trainieren. Die Abnahme ist kostenlos.
2025-02-01 15:25|fussball|Lena Hofmann||Trainer Stefan Öhler verlängert bis 2026|Die Abteilungsleitung und Trainer Stefan Öhler haben sich auf eine weitere Saison geeinigt. Öhler betreut die Erste seit Sommer 2022.
2025-01-29 19:15|handball,jugend|Sabine Kraus|y|B-Jugend-Handballerinnen qualifizieren sich für die Württembergliga|Nach zwei Qualifikationsturnieren hat es unsere weibliche B-Jugend geschafft: In der kommenden Saison spielt das Team in der höchsten Spielklasse des Verbands.
2025-01-26 12:40|turnen|Petra Wiedmann|y|Kinderturnfest-Helfer gesucht|Am 17. Mai richtet der TSV das Gaukinderturnfest aus. Für Aufbau, Kampfgericht und Bewirtung suchen wir noch rund 40 Helferinnen und Helfer.
2025-01-22 17:50|verein|Thomas Brenner||Geschäftsstelle ab Februar mit neuen Öffnungszeiten|Die Geschäftsstelle ist ab dem 1. Februar dienstags von 17 bis 19 Uhr und donnerstags von 9 bis 11 Uhr geöffnet.
2025-01-19 16:05|tennis|Markus Vogt|y|Winterhallenrunde: Herren 40 weiter ungeschlagen|Mit einem 5:1-Sieg gegen den TC Haigerloch bleiben unsere Herren 40 in der Winterhallenrunde ohne Niederlage.
2025-01-15 20:20|fussball,jugend|Kevin Sauter||Hallenkreismeisterschaft der C-Jugend: Platz drei|In einem spannenden Spiel um Platz drei setzte sich unsere C-Jugend im Neunmeterschießen gegen den SV Bösingen durch.
2025-01-12 10:30|leichtathletik|Daniel Roth|y|Silvesterlauf mit Teilnehmerrekord|Beim 31. Aalbacher Silvesterlauf gingen 412 Läuferinnen und Läufer an den Start, so viele wie nie zuvor. Der Erlös geht an die Jugendabteilung.
2025-01-08 18:40|verein|Thomas Brenner|y|Neujahrsempfang: Rückblick auf ein bewegtes Jahr|Beim Neujahrsempfang blickte der Vorsitzende Thomas Brenner auf das Jubiläumsjahr zurück und kündigte die Sanierung der Umkleiden an.
2025-01-04 14:15|handball|Sabine Kraus||Spielplan für die Rückrunde veröffentlicht|Die Rückrunde beginnt für alle aktiven Mannschaften am 11. Januar. Alle Heimspiele finden in der Sporthalle Aalbach statt.
2024-12-22 11:00|verein|Thomas Brenner|y|Frohe Weihnachten und ein gesundes neues Jahr|Der Vorstand wünscht allen Mitgliedern, Trainerinnen und Trainern, Helfern und Sponsoren frohe Feiertage und einen guten Start ins Jahr 2025.
"""


class TANews(NamedTuple):
    id: int
    published: datetime
    categories: list[str]
    author: str
    picture: bool
    title: str
    teaser: str


TA_NEWS = [
    TANews(412 - index * 2, datetime.fromisoformat(when), cats.split(","), author, pic == "y", title, teaser)
    for index, (when, cats, author, pic, title, teaser) in enumerate(
        line.split("|") for line in TA_ROWS.strip().splitlines()
    )
]


def _ta_alias(title: str) -> str:
    return slug(
        title.replace("ß", "ss")
        .replace("ä", "ae")
        .replace("ö", "oe")
        .replace("ü", "ue")
        .replace("Ä", "Ae")
        .replace("Ö", "Oe")
        .replace("Ü", "Ue")
    )


def _ta_url(news: TANews) -> str:
    return f"/aktuelles/{_ta_alias(news.title)}.html"


def _ta_image(news: TANews) -> str:
    return f"/assets/images/{_hex(news.title, 1)}/{_ta_alias(news.title)[:24].rstrip('-')}-{_hex(news.title + 'img', 8)}.jpg"


def _ta_page_href(number: int) -> str:
    return f"/{TA_PAGE}" if number == 1 else f"/{TA_PAGE}?page_n{TA_MODULE}={number}"


def _ta_news(news: TANews, position: int, count: int) -> str:
    url = _ta_url(news)
    read = f"Den Artikel lesen: {esc(news.title)}"
    classes = ["layout_latest", "arc_3", "block"]
    if position == 0:
        classes.append("first")
    if position == count - 1:
        classes.append("last")
    classes.append("even" if position % 2 == 0 else "odd")
    cats = "".join(
        f'<li class="news-category news-category-{c}"><a href="/aktuelles/kategorie/{c}.html">{TA_CATEGORIES[c]}</a></li>'
        for c in news.categories
    )
    figure = (
        f"""
  <figure class="image_container float_above">
      <a href="{url}" title="{read}">
      <img src="{_ta_image(news)}" width="640" height="427" alt="" loading="lazy">
      </a>
  </figure>
"""
        if news.picture
        else ""
    )
    return f"""
<div class="{" ".join(classes)}">

    <p class="info"><time datetime="{news.published:%Y-%m-%dT%H:%M:%S}+01:00">{news.published:%d.%m.%Y %H:%M}</time> von {esc(news.author)}</p>
    <ul class="news-categories">{cats}</ul>
{figure}
  <h2><a href="{url}" title="{read}">{esc(news.title)}</a></h2>

  <div class="ce_text block">
    <p>{esc(news.teaser)}</p>
  </div>

    <p class="more"><a href="{url}" title="{read}">Weiterlesen …<span class="invisible"> {esc(news.title)}</span></a></p>

</div>
"""


def _ta_pager(number: int, total: int) -> str:
    items = []
    if number > 1:
        items.append(
            f'<li class="first"><a href="{_ta_page_href(1)}" class="first" title="Gehe zu Seite 1">&#171; Anfang</a></li>'
        )
        items.append(
            f'<li class="previous"><a href="{_ta_page_href(number - 1)}" class="previous" title="Gehe zu Seite {number - 1}">Zurück</a></li>'
        )
    for n in range(1, total + 1):
        if n == number:
            items.append(f'<li><strong class="active">{n}</strong></li>')
        else:
            items.append(f'<li><a href="{_ta_page_href(n)}" class="link" title="Gehe zu Seite {n}">{n}</a></li>')
    if number < total:
        items.append(
            f'<li class="next"><a href="{_ta_page_href(number + 1)}" class="next" title="Gehe zu Seite {number + 1}">Vorwärts</a></li>'
        )
        items.append(
            f'<li class="last"><a href="{_ta_page_href(total)}" class="last" title="Gehe zu Seite {total}">Ende &#187;</a></li>'
        )
    joined = "\n      ".join(items)
    return f"""
<!-- indexer::stop -->
<nav class="pagination block" aria-label="Seitenumbruch-Menü">

  <p>Seite {number} von {total}</p>

  <ul>
      {joined}
  </ul>

</nav>
<!-- indexer::continue -->
"""


TA_NAV = [
    ("/", "Startseite", []),
    ("/aktuelles.html", "Aktuelles", []),
    (
        "/verein.html",
        "Verein",
        [
            ("/verein/vorstand.html", "Vorstand"),
            ("/verein/mitgliedschaft.html", "Mitgliedschaft"),
            ("/verein/vereinsheim.html", "Vereinsheim"),
        ],
    ),
    ("/abteilungen.html", "Abteilungen", [(f"/abteilungen/{c}.html", n) for c, n in list(TA_CATEGORIES.items())[:5]]),
    ("/termine.html", "Termine", []),
    ("/kontakt.html", "Kontakt", []),
]


def _ta_nav() -> str:
    items = []
    for href, label, children in TA_NAV:
        active = href == "/aktuelles.html"
        cls = ("active" if active else "") + (" submenu" if children else "")
        sub = ""
        if children:
            sub = (
                '<ul class="level_2">'
                + "".join(f'<li><a href="{h}" title="{esc(n)}">{esc(n)}</a></li>' for h, n in children)
                + "</ul>"
            )
        if active:
            items.append(
                f'<li class="{cls.strip()}"><strong class="{cls.strip()}" aria-current="page">{esc(label)}</strong>{sub}</li>'
            )
        else:
            items.append(
                f'<li{f" class={chr(34)}{cls.strip()}{chr(34)}" if cls.strip() else ""}><a href="{href}" title="{esc(label)}"{f" class={chr(34)}{cls.strip()}{chr(34)}" if cls.strip() else ""}>{esc(label)}</a>{sub}</li>'
            )
    return "\n      ".join(items)


def _ta_page(number: int, total: int, news: list[TANews]) -> str:
    articles = "".join(_ta_news(n, i, len(news)) for i, n in enumerate(news))
    css = _hex(f"ta css {number}", 8)
    page_ld = {
        "@context": {"contao": "https://schema.contao.org/"},
        "@id": "#/schema/contao/page/14",
        "@type": "contao:Page",
        "contao:title": "Aktuelles",
        "contao:pageId": 14,
        "contao:noSearch": False,
        "contao:protected": False,
        "contao:groups": [],
        "contao:fePreview": False,
    }
    site_ld = {
        "@context": "https://schema.org",
        "@graph": [{"@type": "WebPage"}],
    }
    return f"""<!DOCTYPE html>
<html lang="de">
<head>

      <meta charset="UTF-8">
    <title>Aktuelles - TSV Aalbach 1898 e.V.</title>

          <meta name="robots" content="index,follow">
      <meta name="description" content="Neuigkeiten aus allen Abteilungen des TSV Aalbach 1898 e.V.: Spielberichte, Termine und Vereinsnachrichten.">
      <meta name="generator" content="Contao Open Source CMS">

    <link rel="canonical" href="{TA_HOST}{_ta_page_href(number)}">

          <meta name="viewport" content="width=device-width,initial-scale=1.0">

    <link rel="stylesheet" href="/assets/css/layout.min.css,responsive.min.css,colorbox.min.css,cookiebar_default.css,tsv.scss-{css}.css">
        <script src="/assets/js/jquery.min.js,cookiebar.min.js-{_hex("ta js", 8)}.js"></script>
  <link rel="alternate" href="/share/aktuelles-tsv.xml" type="application/rss+xml" title="TSV Aalbach – Aktuelles">
  <link rel="icon" href="/files/tsv/layout/favicon.png">

</head>
<body id="top" itemscope itemtype="http://schema.org/WebPage">

      <div id="wrapper">

                        <header id="header">
            <div class="inside">

<div class="header-logo"><a href="/" title="TSV Aalbach 1898 e.V."><img src="/files/tsv/layout/tsv-aalbach-wappen.svg" width="72" height="84" alt="Wappen TSV Aalbach"></a><span class="header-claim">TSV Aalbach 1898 e.V.<br><small>Sport. Gemeinschaft. Heimat.</small></span></div>
<!-- indexer::stop -->
<nav class="mod_navigation block" itemscope itemtype="http://schema.org/SiteNavigationElement">

  <a href="/aktuelles.html#skipNavigation1" class="invisible">Navigation überspringen</a>

  <ul class="level_1">
      {_ta_nav()}
  </ul>

  <span id="skipNavigation1" class="invisible"></span>

</nav>
<!-- indexer::continue -->

            </div>
          </header>

      <div id="container">

                  <main id="main">
            <div class="inside">

<div class="mod_article first last block" id="article-31">

<div class="ce_text first block">

      <h1>Aktuelles</h1>

      <p>Spielberichte, Ergebnisse und Neuigkeiten aus allen Abteilungen. Ältere Meldungen finden Sie im <a href="/archiv.html">Nachrichtenarchiv</a>.</p>

</div>

<!-- indexer::stop -->
<div class="mod_newslist block">
{articles}
{_ta_pager(number, total)}

</div>
<!-- indexer::continue -->

</div>

            </div>
                      </main>

                  <aside id="right">
            <div class="inside">

<!-- indexer::stop -->
<div class="mod_eventlist block">

      <h3>Nächste Termine</h3>

<div class="event layout_upcoming upcoming even first cal_2">
  <time datetime="2025-03-22" class="date">22.03.2025</time>
  <a href="/termine/hallenturnier-der-e-jugend.html" title="Hallenturnier der E-Jugend (Samstag, 22.03.2025)">Hallenturnier der E-Jugend</a>
</div>
<div class="event layout_upcoming upcoming odd cal_2">
  <time datetime="2025-03-29" class="date">29.03.2025</time>
  <a href="/termine/bezirkspokal-finale-d-jugend.html" title="Bezirkspokal-Finale D-Jugend (Samstag, 29.03.2025)">Bezirkspokal-Finale D-Jugend</a>
</div>
<div class="event layout_upcoming upcoming even last cal_1">
  <time datetime="2025-04-04" class="date">04.04.2025</time>
  <a href="/termine/jahreshauptversammlung-2025.html" title="Jahreshauptversammlung 2025 (Freitag, 04.04.2025)">Jahreshauptversammlung 2025</a>
</div>

</div>
<!-- indexer::continue -->

<div class="ce_image sponsor-box block">
      <h3>Unsere Partner</h3>
  <figure class="image_container">
      <a href="https://www.volksbank-aalbach.de/" target="_blank" rel="noreferrer noopener">
      <img src="/assets/images/7/volksbank-aalbach-{_hex("vb", 8)}.png" width="240" height="90" alt="Volksbank Aalbach eG">
      </a>
  </figure>
</div>

            </div>
          </aside>

      </div>

                        <footer id="footer">
            <div class="inside">

<div class="ce_text block">
  <p><strong>TSV Aalbach 1898 e.V.</strong><br>Sportplatzweg 4<br>72355 Aalbach<br>Telefon 07427 91 42 10</p>
</div>
<!-- indexer::stop -->
<nav class="mod_customnav block">
  <ul class="level_1">
      <li class="first"><a href="/impressum.html" title="Impressum" class="first">Impressum</a></li>
      <li><a href="/datenschutz.html" title="Datenschutz">Datenschutz</a></li>
      <li class="last"><a href="/kontakt.html" title="Kontakt" class="last">Kontakt</a></li>
  </ul>
</nav>
<!-- indexer::continue -->
<p class="copyright">© 2025 TSV Aalbach 1898 e.V.</p>

            </div>
          </footer>

    </div>

<script src="/assets/colorbox/js/colorbox.min.js?v=1.6.6"></script>
<script>
  jQuery(function($) {{
    $('a[data-lightbox]').map(function() {{
      $(this).colorbox({{
        loop: false,
        rel: $(this).attr('data-lightbox'),
        maxWidth: '95%',
        maxHeight: '95%'
      }});
    }});
  }});
</script>
<!-- indexer::stop -->
<div id="cookiebar" class="contao-cookiebar cc-wrap cc-bottom" role="complementary" aria-describedby="cookiebar-desc" data-nosnippet>
    <div class="cc-inner" aria-live="assertive" role="alert">
        <div id="cookiebar-desc" class="cc-head">
            <p><strong>Datenschutzeinstellungen</strong></p>
<p>Wir nutzen Cookies auf unserer Website. Einige von ihnen sind essenziell, während andere uns helfen, diese Website und Ihre Erfahrung zu verbessern.</p>
        </div>
        <div class="cc-groups">
            <div class="cc-group">
                <input type="checkbox" name="group[]" id="g1" value="1" data-toggle-cookies disabled checked>
                <label for="g1" class="group">Essenziell</label>
            </div>
            <div class="cc-group">
                <input type="checkbox" name="group[]" id="g2" value="2" data-toggle-cookies>
                <label for="g2" class="group">Externe Medien</label>
            </div>
        </div>
        <div class="cc-footer">
            <button class="cc-btn save" data-save>Auswahl speichern</button>
            <button class="cc-btn success" data-accept-all>Alle akzeptieren</button>
        </div>
        <div class="cc-info">
            <a href="/datenschutz.html">Datenschutz</a>
            <a href="/impressum.html">Impressum</a>
        </div>
    </div>
</div>
<!-- indexer::continue -->
<script>var cookiebar = new ContaoCookiebar({{configId:1,pageId:1,hideOnInit:0,blocking:0,focusTrap:1,version:3,lifetime:63072000,consentLog:0,token:'ccb_contao_token',doNotTrack:0,currentPageId:14,excludedPageIds:null,cookies:{{"2":{{"id":2,"type":"iframe","checked":false,"token":null,"resources":[],"priority":0,"scripts":[],"iframeType":"youtube"}}}},configs:[],disableTracking:0,texts:{{acceptAndDisplay:'Akzeptieren & anzeigen'}}}});</script>
<script type="application/ld+json">
{json.dumps(site_ld, indent=4)}
</script>
<script type="application/ld+json">
{json.dumps(page_ld, indent=4)}
</script></body>
</html>
"""


@thirtieth_b
def build_tsv_aalbach() -> None:
    s = Site(
        "tsv-aalbach",
        kind="sports club news list in German (Contao 5.3 mod_newslist with a custom news_latest template and codefog news categories 2024–25: div.layout_latest.arc_3.block items with p.info > time[datetime] '14.03.2025 18:45' + 'von Lena Hofmann', ul.news-categories of one or two department badges, an optional figure.image_container linked img from /assets/images/…, h2 headline link titled 'Den Artikel lesen: …', div.ce_text teaser, p.more 'Weiterlesen …' with an invisible span; nav.pagination.block 'Seite 1 von 3' / '« Anfang' / 'Zurück' / numbers / 'Vorwärts' / 'Ende »' over ?page_n14=N; indexer comments, a 'Nächste Termine' event list, contao-cookiebar, contao:Page JSON-LD)",
        start=TA_PAGE,
        description=f"The news page ('Aktuelles') of a German multi-sport club (tsv-aalbach.de, 'TSV Aalbach 1898 e.V.') on Contao 5.3, /{TA_PAGE} then /{TA_PAGE}?page_n{TA_MODULE}=2 and =3 (Contao's per-module page parameter; {TA_PER_PAGE} news a page), as a logged-out visitor gets it in March 2025. The Contao page layout: head with meta generator 'Contao Open Source CMS', the combined /assets/css/… and /assets/js/… files, an RSS link, body#top with WebPage microdata, div#wrapper > header#header (logo and claim, nav.mod_navigation with the 'Navigation überspringen' skip link, ul.level_1 with the current page as strong.active and two level_2 submenus, indexer::stop / continue comments), div#container > main#main > div.mod_article with an h1 'Aktuelles' text element, then div.mod_newslist.block of div.layout_latest.arc_3.block items (first / last / even / odd classes) from a custom news_latest template: p.info with time[datetime=2025-03-14T18:45:00+01:00] '14.03.2025 18:45' and 'von Lena Hofmann' in one paragraph, ul.news-categories of one or two li.news-category links (Fußball, Handball, Turnen, Tennis, Leichtathletik, Verein, Jugend; the codefog news categories extension), on most a figure.image_container.float_above with a link titled 'Den Artikel lesen: …' around img[src=/assets/images/<hex>/<alias>-<hash>.jpg], h2 > a[href=/aktuelles/<alias>.html][title='Den Artikel lesen: …'], div.ce_text.block > p (the teaser), p.more 'Weiterlesen …' with span.invisible repeating the headline. The pager is Contao's pagination template: nav.pagination.block[aria-label=Seitenumbruch-Menü] with p 'Seite 1 von 3' and ul of li.first '« Anfang' and li.previous 'Zurück' (from page 2), strong.active / a.link numbers titled 'Gehe zu Seite N', li.next 'Vorwärts' and li.last 'Ende »' (up to the last page). The right column aside#right: mod_eventlist 'Nächste Termine' with three dated events (not records) and a sponsor image. The footer (address, mod_customnav Impressum / Datenschutz / Kontakt, copyright), the colorbox init script, the contao-cookiebar ('Datenschutzeinstellungen', Essenziell / Externe Medien, 'Alle akzeptieren') with its ContaoCookiebar config, a schema.org WebPage graph and the contao:Page JSON-LD. 10 + 10 + 7 news. Written down: title, url (/aktuelles/<alias>.html), date (ISO day), author (the name, 'von' left out), categories (the badges, as a list), summary (the teaser), image (the picture's src, where shown).",
    )
    pages = chunks(TA_NEWS, [TA_PER_PAGE, TA_PER_PAGE, len(TA_NEWS) - 2 * TA_PER_PAGE])
    for number, news in enumerate(pages, 1):
        text = _ta_page(number, len(pages), news)
        s.list_page(TA_PAGE if number == 1 else f"{TA_PAGE}@page_n{TA_MODULE}={number}", text)
    for news in TA_NEWS:
        s.expect(
            {
                "title": news.title,
                "url": _ta_url(news),
                "date": news.published.date().isoformat(),
                "author": news.author,
                "categories": [TA_CATEGORIES[c] for c in news.categories],
                "summary": news.teaser,
                "image": _ta_image(news) if news.picture else None,
            }
        )
    s.finish()


def main() -> None:
    """Rebuild the sites of this wave."""
    for name, build in THIRTIETH_B.items():
        build()
        meta = json.loads((ROOT / name / "meta.json").read_text(encoding="utf-8"))
        print(
            f"{name:20} {meta['kind'][:70]:70} pages={meta['list_pages']} records={meta['records']}{'  FROZEN' if meta['frozen'] else ''}"
        )


if __name__ == "__main__":
    main()
