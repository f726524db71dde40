// SPDX-License-Identifier: MIT
#include "x/XApiConfig.h"

namespace spacetape::xapi {

QByteArray defaultBearer() {
    return QByteArrayLiteral(
        "AAAAAAAAAAAAAAAAAAAAANRILgAAAAAAnNwIzUejRCOuH5E6I8xnZz4puTs%3D"
        "1Zv7ttfk8LF81IUq16cHjhLTvJu4FA33AGWWjCpTnA");
}

QByteArray fallbackBearer() {
    return QByteArrayLiteral(
        "AAAAAAAAAAAAAAAAAAAAANRILgAAAAAAnNwIzUejRCgYR9Wk5bLLMNhyFz4%3D"
        "sIHxcAabN8Z2cIUpYBUSsYGqNFtEGV1VTJFhD4ij8EV2YikPq3");
}

QStringList knownQueryIds() {
    // Newest first; HPEisOmj… right after the 2026 ones because yt-dlp still resolves Spaces
    // with it in 2026-08 (unchanged since 2022): the best-proven old id (facts §8).
    return {QStringLiteral("_TgkQtc04XURgCocb1y9CA"), QStringLiteral("rR7CQrr8kxb6fatlUaB61Q"),
            QStringLiteral("HPEisOmj1epUNLCWTYhUWw"), QStringLiteral("rC2zlE1t7SHbVG8obPZliQ"),
            QStringLiteral("SL4eyLXdr1zWZVpXRhxZ4Q"), QStringLiteral("fYAuJHiY3TmYdBmrRtIKhA"),
            QStringLiteral("kZ9wfR8EBtiP0As3sFFrBA"), QStringLiteral("xVEzTKg_mLTHubK5ayL0HA"),
            QStringLiteral("xjTKygiBMpX44KU8ywLohQ"), QStringLiteral("yMLYE2ltn1nOZ5Gyk3JYSw"),
            QStringLiteral("Uv5R_-Chxbn1FEkyUkSW2w"), QStringLiteral("jyQ0_DEMZHeoluCgHJ-U5Q")};
}

QStringList defaultFeatureSwitches() {
    return {
        QStringLiteral("spaces_2022_h2_spaces_communities"),
        QStringLiteral("spaces_2022_h2_clipping"),
        QStringLiteral("creator_subscriptions_tweet_preview_api_enabled"),
        QStringLiteral("profile_label_improvements_pcf_label_in_post_enabled"),
        QStringLiteral("rweb_tipjar_consumption_enabled"),
        QStringLiteral("verified_phone_label_enabled"),
        QStringLiteral("premium_content_api_read_enabled"),
        QStringLiteral("communities_web_enable_tweet_community_results_fetch"),
        QStringLiteral("c9s_tweet_anatomy_moderator_badge_enabled"),
        QStringLiteral("responsive_web_grok_analyze_button_fetch_trends_enabled"),
        QStringLiteral("responsive_web_grok_analyze_post_followups_enabled"),
        QStringLiteral("responsive_web_jetfuel_frame"),
        QStringLiteral("responsive_web_grok_share_attachment_enabled"),
        QStringLiteral("articles_preview_enabled"),
        QStringLiteral("responsive_web_edit_tweet_api_enabled"),
        QStringLiteral("graphql_is_translatable_rweb_tweet_is_translatable_enabled"),
        QStringLiteral("view_counts_everywhere_api_enabled"),
        QStringLiteral("longform_notetweets_consumption_enabled"),
        QStringLiteral("responsive_web_twitter_article_tweet_consumption_enabled"),
        QStringLiteral("tweet_awards_web_tipping_enabled"),
        QStringLiteral("responsive_web_grok_show_grok_translated_post"),
        QStringLiteral("responsive_web_grok_analysis_button_from_backend"),
        QStringLiteral("creator_subscriptions_quote_tweet_preview_enabled"),
        QStringLiteral("freedom_of_speech_not_reach_fetch_enabled"),
        QStringLiteral("standardized_nudges_misinfo"),
        QStringLiteral("tweet_with_visibility_results_prefer_gql_limited_actions_policy_enabled"),
        QStringLiteral("longform_notetweets_rich_text_read_enabled"),
        QStringLiteral("longform_notetweets_inline_media_enabled"),
        QStringLiteral("responsive_web_grok_image_annotation_enabled"),
        QStringLiteral("responsive_web_graphql_skip_user_profile_image_extensions_enabled"),
        QStringLiteral("responsive_web_graphql_timeline_navigation_enabled"),
        QStringLiteral("responsive_web_enhance_cards_enabled"),
        // Declared by X's 2026 bundles (facts §8); a missing one is a 400 code 336.
        QStringLiteral("responsive_web_profile_redirect_enabled"),
        QStringLiteral("responsive_web_grok_annotations_enabled"),
        QStringLiteral("post_ctas_fetch_enabled"),
        QStringLiteral("responsive_web_grok_imagine_annotation_enabled"),
        QStringLiteral("responsive_web_grok_community_note_auto_translation_is_enabled")};
}

}  // namespace spacetape::xapi
