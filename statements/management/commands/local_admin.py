"""Create a superuser for local use with a random password, once, and say how to log in."""

import secrets

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = (
        "Create the local superuser 'admin' with a random password printed once, "
        "unless a superuser exists already."
    )

    def add_arguments(self, parser):
        parser.add_argument("--username", default="admin", help="Name of the superuser to create.")
        parser.add_argument(
            "--url", default="http://127.0.0.1:8000/admin/", help="Admin address to print."
        )

    def handle(self, *args, username, url, **options):
        user_model = get_user_model()
        if user_model.objects.filter(is_superuser=True).exists():
            self.stdout.write(
                f"Admin: {url} (a superuser exists; reset a password with "
                f"'python manage.py changepassword {username}')"
            )
            return
        password = secrets.token_urlsafe(12)
        user_model.objects.create_superuser(username=username, email="", password=password)
        self.stdout.write(
            self.style.SUCCESS(f"Admin: {url}  user: {username}  password: {password}")
        )
        self.stdout.write(
            "The password is shown only now; change it with 'manage.py changepassword'."
        )
