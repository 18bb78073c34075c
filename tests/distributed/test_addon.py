"""The Redis add-on turns one setting into the scrapy-redis settings, and nothing without it."""

from scrapy.settings import Settings

from rallycrawl.distributed.addon import RedisAddon, RedisStartClaims, RedisStartUrls, RedisWorkers, redis_keys


def test_one_setting_switches_to_the_shared_frontier():
    settings = Settings({"RALLYCRAWL_REDIS_URL": "redis://10.0.0.5:6379/2", "RALLYCRAWL_REDIS_KEY_PREFIX": "x:"})
    RedisAddon().update_settings(settings)
    assert settings["REDIS_URL"] == "redis://10.0.0.5:6379/2"
    assert settings["SCHEDULER"] == "rallycrawl.distributed.frontier.RedisScheduler"
    assert settings["DUPEFILTER_CLASS"] == "rallycrawl.distributed.frontier.RedisDupeFilter"
    assert settings.getbool("SCHEDULER_PERSIST") is True
    assert settings["SCHEDULER_QUEUE_KEY"] % {"spider": "news"} == redis_keys(settings, "news")["requests"]
    assert settings["SCHEDULER_DUPEFILTER_KEY"] % {"spider": "news"} == "x:news:dupefilter"
    assert {RedisStartUrls, RedisWorkers} <= set(settings.getdict("EXTENSIONS"))
    assert RedisStartClaims in settings.getdict("SPIDER_MIDDLEWARES")


def test_a_project_setting_still_wins():
    settings = Settings({"RALLYCRAWL_REDIS_URL": "redis://h:6379/0", "SCHEDULER_PERSIST": False})
    RedisAddon().update_settings(settings)
    assert settings.getbool("SCHEDULER_PERSIST") is False


def test_nothing_changes_without_the_setting():
    settings = Settings({"RALLYCRAWL_REDIS_URL": ""})
    before = dict(settings)
    RedisAddon().update_settings(settings)
    assert dict(settings) == before
    assert settings["SCHEDULER"] == "scrapy.core.scheduler.Scheduler"
